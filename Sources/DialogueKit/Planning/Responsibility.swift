/// Who owns the question and who runs the dialogue (Helsingborg's planning questions).
public struct Responsibility: Codable, Equatable, Sendable {
    /// Facilitated by someone from inside the organisation or outside it.
    public enum Facilitation: String, Codable, CaseIterable, Sendable {
        case `internal`
        case external
    }

    /// Who owns the question (frågans ägare).
    public var questionOwner: String
    /// Who is responsible for the dialogue.
    public var dialogueResponsible: String
    public var facilitation: Facilitation?

    public init(questionOwner: String = "", dialogueResponsible: String = "", facilitation: Facilitation? = nil) {
        self.questionOwner = questionOwner
        self.dialogueResponsible = dialogueResponsible
        self.facilitation = facilitation
    }
}
