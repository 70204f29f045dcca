/// The version of a dialogue file that a process loaded or last wrote: enough to tell at the next
/// save whether someone else wrote the file since, and to merge when they did.
public struct FileVersion: Equatable, Sendable {
    /// What `stat` said about the file.
    let stamp: FileStamp
    /// The FNV-1a hash of the file's bytes.
    let contentHash: UInt64
    /// The dialogue as it was in the file: the common ancestor of a merge.
    public let base: Dialogue
    /// The file holds more than `base` encodes (keys a newer Ting added, or another layout), so a
    /// save merges onto the file instead of replacing it, and nothing this Ting does not know is dropped.
    let hasForeignContent: Bool

    /// The file's mark when this version was read or written; `DialogueStore.changeMark(of:)`
    /// differs from it once someone else has replaced the file.
    public var mark: FileChangeMark { FileChangeMark(stamp: stamp) }
}
