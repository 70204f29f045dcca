import DialogueKit
import TerminalKit

/// What the library screen is doing besides showing the list.
public enum LibraryMode: Sendable {
    case browsing
    /// Creating a dialogue: choosing a template, then typing its title.
    case creating(NewDialogueForm)
    /// Asking whether to move a dialogue to the trash.
    case confirmingDelete(stem: String, title: String)
    /// The dialogues in the trash, one of which can be put back.
    case trash(PickListState<TrashedDialogue>)
    /// Asking whether to make the example again, since the library already has it.
    case confirmingExample
}
