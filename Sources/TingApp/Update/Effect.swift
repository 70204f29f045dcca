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
    /// End the program.
    case quit
}
