import DialogueKit
import TerminalKit

/// Something that happened, named for what happened; `update` decides what it means.
public enum Message: Sendable {
    case keyPressed(Key)
    case clicked(Point)
    case resized(Size)
    /// SIGINT, SIGTERM or SIGHUP: leave cleanly.
    case terminationRequested
    case libraryListed([LibraryEntry])
    /// Templates and method cards are ready, with any problems loading user templates.
    case catalogsLoaded(Catalogs)
    case dialogueOpened(LoadedDialogue)
    case dialogueCreated(LoadedDialogue)
    case dialogueSaved(stem: String)
    case dialogueTrashed(stem: String)
    /// A store operation failed; the text is the store's one-sentence explanation.
    case storeFailed(String)
}
