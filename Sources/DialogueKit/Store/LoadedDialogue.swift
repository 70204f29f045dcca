/// A dialogue read from the library, with whether it may be changed.
public struct LoadedDialogue: Equatable, Sendable {
    /// The file name without `.json`.
    public var stem: String
    public var dialogue: Dialogue
    /// True when the file was written by a newer Ting: show it, but do not save it.
    public var isReadOnly: Bool
    /// Why the dialogue is read-only, as one Swedish sentence; nil when it is not.
    public var readOnlyReason: String?
    /// The file as it was read, to save over: nil for a dialogue that did not come from the store.
    public var version: FileVersion?

    public init(
        stem: String, dialogue: Dialogue, isReadOnly: Bool, readOnlyReason: String?, version: FileVersion? = nil
    ) {
        self.stem = stem
        self.dialogue = dialogue
        self.isReadOnly = isReadOnly
        self.readOnlyReason = readOnlyReason
        self.version = version
    }
}
