/// How far a process has read an inputs journal: the file (by inode), the bytes of whole lines read and
/// how many lines they were. A save reads only what was appended after it.
struct JournalVersion: Equatable, Sendable {
    var inode: UInt64
    /// Bytes of whole lines read, from the start of the file.
    var length: Int64
    /// Lines in those bytes, to name the line of a problem found further on.
    var lines: Int
    /// Whether those bytes end with a newline (a last line left without one is given it before an append).
    var endsWithNewline: Bool
}
