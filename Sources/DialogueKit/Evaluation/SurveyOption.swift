/// An answer option of the participants' evaluation, e.g. "Instämmer helt".
public struct SurveyOption: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }

    /// A four-step scale with "vet ej", as on a paper form.
    public static let standard: [SurveyOption] = [
        SurveyOption(id: "helt", label: "Instämmer helt"),
        SurveyOption(id: "delvis", label: "Instämmer delvis"),
        SurveyOption(id: "inte", label: "Instämmer inte"),
        SurveyOption(id: "vet-ej", label: "Vet ej"),
    ]
}
