import TerminalKit

/// What the Underlag panel is doing besides browsing its list.
enum InputsPanelMode: Equatable, Sendable {
    case browsing
    /// Typing into a one-line prompt under the list.
    case typing(InputsPrompt, TextEditor)
    /// Choosing one of a list of values (`rows` made when the choice opened).
    case choosing(InputsChoice, rows: [InputsChoice.Row], list: ListSelection)
}

/// The one-line prompts of the Underlag panel.
enum InputsPrompt: Equatable, Sendable {
    /// `/`: words the inputs shown must contain; the list narrows while they are typed.
    case filterText
    /// `t`: a tag for the marked inputs (or the selected one).
    case tag
    /// `d`: why the marked inputs (or the selected one) are hidden.
    case hideReason
    /// `=`: the id of the input the selected one repeats.
    case duplicateOf
}
