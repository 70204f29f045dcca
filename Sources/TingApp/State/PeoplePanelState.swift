import DialogueKit
import TerminalKit

/// The Personer panel: the responsibility fields on top, the list of people below.
struct PeoplePanelState: Sendable {
    /// The responsibility field selected; nil when the selection is in the list of people.
    var responsibilityRow: ResponsibilityField? = .questionOwner
    /// The text field of the selected responsibility field, while it is being typed.
    var responsibilityEditor: TextEditor?
    var people = RecordListState<Person>()
}
