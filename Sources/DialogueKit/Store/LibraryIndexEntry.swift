/// What the index knows about one dialogue file, and when it last looked.
struct LibraryIndexEntry: Equatable, Sendable {
    /// How long a file's times must lie before the moment the entry was made for the entry to be
    /// trusted, in nanoseconds. File systems keep times coarsely (FAT to 2 s), so a file changed
    /// again within the same tick, at the same size, would otherwise look unchanged.
    static let timeGranularity: Int64 = 2_000_000_000

    /// The file's stamp when it was read.
    var stamp: FileStamp
    /// When the stamp was taken, nanoseconds since 1970.
    var checkedAt: Int64
    /// The summary of a readable dialogue.
    var summary: DialogueSummary?
    /// The reason a file cannot be read.
    var damaged: DamagedFile?

    /// An entry for what the library shows of a file.
    init(stamp: FileStamp, checkedAt: Int64, entry: LibraryEntry) {
        self.stamp = stamp
        self.checkedAt = checkedAt
        switch entry {
        case .dialogue(let summary): self.summary = summary
        case .damaged(let file): self.damaged = file
        }
    }

    /// What the library shows for this file.
    var libraryEntry: LibraryEntry? {
        if let summary { return .dialogue(summary) }
        return damaged.map { .damaged($0) }
    }

    /// Whether the file beside the dialogue (its inputs journal) last changed before this entry was made.
    func wasChecked(after companion: FileStamp) -> Bool {
        let (trustedBefore, overflow) = checkedAt.subtractingReportingOverflow(Self.timeGranularity)
        return !overflow && companion.latestChange < trustedBefore
    }

    /// Whether the entry still describes a file that now has `current` as its stamp: the stamp is the
    /// same and the file's last change lies safely before the entry was made.
    func describes(_ current: FileStamp) -> Bool {
        // Both numbers may come from a file: at the ends of what Int64 counts this must not trap.
        let (trustedBefore, overflow) = checkedAt.subtractingReportingOverflow(Self.timeGranularity)
        return stamp == current && !overflow && current.latestChange < trustedBefore
    }
}
