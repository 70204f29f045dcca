import DialogueKit
import TerminalKit

/// What the dialogue screen is doing besides browsing the checklist.
public enum DialogueMode: Sendable {
    case browsing
    /// Typing an answer to the item with this id (a question or a date).
    case editingItem(id: String, editor: TextEditor)
    /// Choosing the influence level for the level item with this id.
    case choosingLevel(id: String, selected: Int)
    /// Choosing method cards; `selected` indexes the cards ranked for the dialogue's level.
    case choosingMethods(selected: Int)
    /// Choosing the person the item with this id is assigned to; `selected` indexes the people, then "ingen".
    case choosingAssignee(id: String, selected: Int)
    /// Typing the item filter.
    case filtering(TextEditor)
    /// The form of the dialogue's own details (title, question, …).
    case details(DetailsForm)
    /// The dialogue's saved versions, newest first, one of which can be restored.
    case history(PickListState<DialogueVersion>)
    /// Reading a long text whole: the banner, an item's guidance or a quadrant's advice.
    case reading(TextViewer)
}
