import TerminalKit

/// The two steps of creating a dialogue: pick a template, then type a title.
public struct NewDialogueForm: Sendable {
    public enum Step: Sendable {
        case template
        case title
    }

    public var step: Step = .template
    public var templateIndex = 0
    public var title = TextEditor(text: "")

    public init() {}
}
