#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cheap checks, by `stat` alone, for changes someone else made: an open Ting calls them on a timer.
extension DialogueStore {
    /// The mark of `<stem>.json` now, or nil when it is missing.
    public func changeMark(of stem: String) -> FileChangeMark? {
        guard DialogueFileName.isSafe(stem), let handle = try? openFolder() else { return nil }
        return handle.stamp(of: DialogueFileName.fileName(of: stem)).map(FileChangeMark.init)
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
