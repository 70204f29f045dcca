/// The name of a panel, unique among all panels; the checklist every phase starts with is one too.
public struct PanelID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// The phase's checklist, the first panel of every phase, drawn by the dialogue screen itself.
    public static let checklist = PanelID("checklist")
}
