/// What `stat` said about a file or folder at one moment: compared with a later mark, it tells
/// cheaply whether something changed, without reading anything.
public struct FileChangeMark: Equatable, Sendable {
    let stamp: FileStamp
    /// The inputs journal beside a dialogue file: its inode and the length of its whole lines, nil when none.
    var journal: JournalMark? = nil

    /// Enough of a journal to see that someone appended to it or replaced it.
    struct JournalMark: Equatable, Sendable {
        var inode: UInt64
        var length: Int64
    }
}
