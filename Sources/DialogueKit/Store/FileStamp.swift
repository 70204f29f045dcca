#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` says about a file, enough to tell that it changed since the index last read it.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    /// Modification time, nanoseconds since 1970.
    var modified: Int64
    /// Status change time, nanoseconds since 1970; it changes even when mtime is set back.
    var changed: Int64
    var inode: UInt64

    init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    /// The stamp of a `stat` result.
    init(_ info: stat) {
        #if canImport(Darwin)
            let modified = info.st_mtimespec
            let changed = info.st_ctimespec
        #else
            let modified = info.st_mtim
            let changed = info.st_ctim
        #endif
        self.init(
            size: Int64(info.st_size),
            modified: Self.nanoseconds(seconds: Int64(modified.tv_sec), nanoseconds: Int64(modified.tv_nsec)),
            changed: Self.nanoseconds(seconds: Int64(changed.tv_sec), nanoseconds: Int64(changed.tv_nsec)),
            inode: UInt64(info.st_ino))
    }

    /// A file time in nanoseconds since 1970, held to what Int64 can count: a file dated after
    /// 2262 (`touch -d 2400-01-01`) trapped on overflow and crashed every listing.
    static func nanoseconds(seconds: Int64, nanoseconds: Int64) -> Int64 {
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, overflowAgain) = scaled.addingReportingOverflow(nanoseconds)
        return overflowAgain ? .max : sum
    }

    /// The stamp of `name` inside the open folder `folder`, or nil when it is missing or not a plain file.
    init?(name: String, inFolder folder: Int32) {
        var info = stat()
        guard fstatat(folder, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info)
    }

    /// The newest of the two times: a file is only trusted once both are safely in the past.
    var latestChange: Int64 { max(modified, changed) }
}
