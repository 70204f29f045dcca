import DialogueKit

/// What new dialogues and methods are chosen from, and what went wrong loading it. Loaded after
/// the first frame, since parsing every template is the slowest part of starting.
public struct Catalogs: Sendable {
    public var templates: [Template]
    public var methodCards: [MethodCard]
    /// One sentence per template file that could not be used.
    public var problems: [String]

    public init(templates: [Template], methodCards: [MethodCard], problems: [String]) {
        self.templates = templates
        self.methodCards = methodCards
        self.problems = problems
    }
}
