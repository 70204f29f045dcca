import DialogueKit
import TerminalKit

/// The response form of the Svar panel: what it answers, the draft, the selected field and its text field,
/// and the list open to choose the status or the decisions from.
struct ResponseForm: Sendable {
    /// A list open over the form.
    enum Choosing: Equatable, Sendable {
        /// The six statuses, in order.
        case status(ListSelection)
        /// The decisions register, several chosen with Space.
        case decisions(ListSelection)
    }

    let target: ResponseTarget
    var draft: ResponseDraft
    var fields = FormState<ResponseField>()
    var choosing: Choosing?
    /// Whether the draft as it is now has been saved.
    var isSaved: Bool

    /// The form of a target, holding its response so far; a new one opens on the status list.
    init(target: ResponseTarget, response: Response?) {
        self.target = target
        draft = ResponseDraft(response)
        isSaved = response != nil
        if response == nil {
            choosing = .status(ListSelection())
        }
    }
}
