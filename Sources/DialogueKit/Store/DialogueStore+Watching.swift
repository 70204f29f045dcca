#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cheap checks, by `stat` alone, for changes someone else made: an open Ting calls them on a timer.
extension DialogueStore {
    /// The mark of `<stem>.json` and its inputs journal now, or nil when the dialogue file is missing.
    public func changeMark(of stem: String) -> FileChangeMark? {
        guard DialogueFileName.isSafe(stem), let handle = try? openFolder(),
            let stamp = handle.stamp(of: DialogueFileName.fileName(of: stem))
        else { return nil }
        let journal = handle.stamp(of: InputJournal.fileName(of: stem))
        return FileChangeMark(stamp: stamp, journal: journal.map { .init(inode: $0.inode, length: $0.size) })
    }

    /// The mark of the library folder now: it changes when a file is added, replaced, renamed or
    /// removed (every save replaces its file), or a Ting opens or closes a dialogue.
    public func folderChangeMark() -> FileChangeMark? {
        guard let handle = try? openFolder() else { return nil }
        var info = stat()
        guard fstat(handle.descriptor, &info) == 0 else { return nil }
        return FileChangeMark(stamp: FileStamp(info))
    }
}
