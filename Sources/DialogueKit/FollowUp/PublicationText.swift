/// One question of a publication and its text, as it is published.
public struct PublicationText: Codable, Equatable, Sendable, Identifiable {
    /// The question itself is the id: each moment asks each question once.
    public var id: String
    public var text: String

    public init(question: String, text: String) {
        self.id = question
        self.text = text
    }

    /// The question answered.
    public var question: String { id }
}
