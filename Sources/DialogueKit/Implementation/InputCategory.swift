/// A category inputs are sorted into (Vänersborg: teman, konkreta förslag …), from the dialogue's template.
public struct InputCategory: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    /// Vänersborg's four ("Sammanställ underlaget"), used when a template names none.
    public static let standard: [InputCategory] = [
        InputCategory(id: "teman", title: "Teman"),
        InputCategory(id: "forslag", title: "Konkreta förslag"),
        InputCategory(id: "svar", title: "Svar på förutbestämda frågor"),
        InputCategory(id: "behov", title: "Behov, idéer, tankar"),
    ]
}
