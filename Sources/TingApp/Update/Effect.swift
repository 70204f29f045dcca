import DialogueKit

/// Work that `update` asks the runtime to do: I/O never happens inside `update`.
public enum Effect: Equatable, Sendable {
    /// Read the library's summaries.
    case listLibrary
    /// Load one dialogue for the dialogue screen.
    case open(stem: String)
    /// Write a dialogue to disk, atomically.
    case save(Dialogue, stem: String)
    /// Create a new dialogue from a template and open it.
    case create(templateID: String, title: String)
    /// Create the filled-in example dialogue and open it.
    case createExample
    /// Move a dialogue file to the library's trash.
    case trash(stem: String)
    /// Read the saved versions of a dialogue for the history view.
    case loadHistory(stem: String)
    /// Make a saved version the current one, through the normal save.
    case restoreVersion(DialogueVersion, stem: String)
    /// Read what is in the library's trash.
    case listTrash
    /// Put a dialogue back from the trash (by its name there).
    case restoreFromTrash(name: String)
    /// Write an export of the open dialogue to a file, atomically (the Rapport panel's `e`).
    case export(ExportJob)
    /// End the program.
    case quit
}
