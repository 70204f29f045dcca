import DialogueKit
import Foundation
import TerminalKit

/// Something that happened, named for what happened; `update` decides what it means.
public enum Message: Sendable {
    case keyPressed(Key)
    case clicked(Point)
    case resized(Size)
    /// SIGTERM or SIGHUP: leave cleanly.
    case terminationRequested
    /// Ctrl-C: leave cleanly, unless words typed in meeting mode would go unsaved (then it warns once).
    case interruptRequested
    /// The wall clock reached a new second (`state.now` holds it): clocks and time left on screen move.
    case clockTicked
    case libraryListed([LibraryEntry])
    /// Templates and method cards are ready, with any problems loading user templates.
    case catalogsLoaded(Catalogs)
    case dialogueOpened(LoadedDialogue)
    case dialogueCreated(LoadedDialogue)
    case dialogueSaved(stem: String)
    /// A save found that someone else had written the file and merged both changes: the merged
    /// dialogue replaces the open one.
    case dialogueMerged(LoadedDialogue)
    /// The open dialogue's file was changed on disk by someone else and has been read again.
    case dialogueChangedOnDisk(LoadedDialogue)
    /// A save found that someone else changed the same values; nothing was written.
    case saveConflicted(stem: String, SaveConflict)
    /// Who else has which dialogues open now.
    case presenceListed([OpenElsewhere])
    case dialogueTrashed(stem: String)
    /// The saved versions of a dialogue.
    case historyLoaded(stem: String, versions: [DialogueVersion])
    /// A saved version became the current one; `dialogue` is what was saved.
    case versionRestored(stem: String, dialogue: Dialogue, version: DialogueVersion)
    /// The dialogues in the trash.
    case trashListed([TrashedDialogue])
    /// A dialogue came back from the trash as `stem`.
    case restoredFromTrash(name: String, stem: String)
    /// An export was written, refused because the file exists, or failed.
    case exportFinished(ExportJob, ExportOutcome)
    /// A store operation failed; the text is the store's one-sentence explanation.
    case storeFailed(String)
}
