/// What a checked save did.
public enum SaveOutcome: Equatable, Sendable {
    /// The file held what this process loaded (or last wrote); the dialogue was written as it is.
    case written(FileVersion)
    /// Someone else wrote the file meanwhile, changing other things: both changes were merged and
    /// written. The dialogue is the merged one, to show instead of the one saved.
    case merged(Dialogue, FileVersion)
    /// Someone else changed the same values differently; nothing was written.
    case conflicted(SaveConflict)
}
