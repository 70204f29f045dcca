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
    /// How far the inputs journal was read (or written); nil when the dialogue had none.
    var journal: JournalVersion? = nil
    /// Whether the dialogue file names its journal (`inputJournal`); written once, with the first input.
    var pointsToJournal = false

    /// The file's mark when this version was read or written; `DialogueStore.changeMark(of:)`
    /// differs from it once someone else has replaced the file.
    public var mark: FileChangeMark {
        FileChangeMark(stamp: stamp, journal: journal.map { .init(inode: $0.inode, length: $0.length) })
    }

    /// This version with `dialogue` as its base (what was saved over it when the file needed no write),
    /// and the file's `stamp` when it changed without changing its bytes.
    func replacingBase(with dialogue: Dialogue, stamp: FileStamp? = nil) -> FileVersion {
        var version = FileVersion(
            stamp: stamp ?? self.stamp, contentHash: contentHash, base: dialogue, hasForeignContent: hasForeignContent)
        version.journal = journal
        version.pointsToJournal = pointsToJournal
        return version
    }

    /// This version with the inputs and contacts (which the dialogue file does not hold) put into its base.
    func holding(inputs: [Input], contacts: [ParticipantContact], journal: JournalVersion?, pointsToJournal: Bool)
        -> FileVersion
    {
        var base = self.base
        base.inputs = inputs
        base.contacts = contacts
        var version = FileVersion(
            stamp: stamp, contentHash: contentHash, base: base, hasForeignContent: hasForeignContent)
        version.journal = journal
        version.pointsToJournal = pointsToJournal
        return version
    }
}
