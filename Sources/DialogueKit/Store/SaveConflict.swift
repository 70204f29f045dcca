/// Two writers changed the same values of a dialogue differently; nothing was written. Says where,
/// in words, and holds both ways of going on, each to be saved over `current`.
public struct SaveConflict: Equatable, Sendable {
    /// Each place, as one Swedish sentence naming who saved what there, and what was mine.
    public var places: [String]
    /// Every change of both, with mine where they collide.
    public var keepingMine: Dialogue
    /// Every change of both, with theirs where they collide.
    public var keepingTheirs: Dialogue
    /// The file on disk now: the version to save either choice over.
    public var current: FileVersion

    /// All places, one sentence each.
    public var description: String { places.joined(separator: " ") }
}
