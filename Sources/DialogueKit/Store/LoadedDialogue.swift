/// A dialogue read from the library, with whether it may be changed.
public struct LoadedDialogue: Equatable, Sendable {
    /// The file name without `.json`.
    public var stem: String
    public var dialogue: Dialogue
    /// True when the file was written by a newer Ting: show it, but do not save it.
    public var isReadOnly: Bool
    /// Why the dialogue is read-only, as one Swedish sentence; nil when it is not.
    public var readOnlyReason: String?

    public init(stem: String, dialogue: Dialogue, isReadOnly: Bool, readOnlyReason: String?) {
        self.stem = stem
        self.dialogue = dialogue
        self.isReadOnly = isReadOnly
        self.readOnlyReason = readOnlyReason
    }
}
