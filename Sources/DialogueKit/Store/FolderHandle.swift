import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open library folder. Every file operation goes through it by name, relative to the folder,
/// so nothing Ting does can reach a path outside it: a name may step into subfolders
/// (`.backup/park.json`), but each step is opened with `O_NOFOLLOW`, so a subfolder that is a
/// symbolic link (`.backup` → `/etc`) is refused with `ELOOP`, never followed, and nothing is
/// written, renamed or linked through a link.
final class FolderHandle {
    /// The folder's path, for messages.
    let url: URL
    /// The open directory.
    let descriptor: Int32

    /// Opens `url`, which must be a directory. The library folder itself may be a link (a user's
    /// choice of where the library lives); nothing under it is followed.
    init(_ url: URL) throws(OSFailure) {
        self.url = url
        descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .current }
    }

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    /// Creates `url` and any missing parent folders.
    static func makeFolders(at url: URL) throws(OSFailure) {
        var path = ""
        for component in url.standardizedFileURL.path.split(separator: "/") {
            path += "/\(component)"
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .current }
        }
    }

    deinit {
        close(descriptor)
    }

    /// The subfolder `name` opened on its own, refused when it is a link.
    func subfolder(_ name: String) throws(OSFailure) -> FolderHandle {
        let opened = try within(name) { folder, leaf throws(OSFailure) in try Self.openFolder(leaf, in: folder) }
        return FolderHandle(url: url.appending(path: name, directoryHint: .isDirectory), descriptor: opened)
    }

    /// The names of every entry in the folder, hidden ones included.
    func names() -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The stamp of a plain file in the folder, or nil when there is none by that name.
    func stamp(of name: String) -> FileStamp? {
        (try? within(name) { folder, leaf in FileStamp(name: leaf, inFolder: folder) }) ?? nil
    }

    /// Whether anything by this name is in the folder (a link counts, and is not followed).
    func exists(_ name: String) -> Bool {
        (try? within(name) { folder, leaf in Self.type(of: leaf, in: folder) != nil }) ?? false
    }

    /// Whether `name` is a symbolic link.
    func isLink(_ name: String) -> Bool {
        (try? within(name) { folder, leaf in Self.type(of: leaf, in: folder) == S_IFLNK }) ?? false
    }

    /// The whole content of a file in the folder; a link is refused (`ELOOP`).
    func contents(of name: String) throws(OSFailure) -> Data {
        try contents(of: name, from: 0)
    }

    /// The bytes of a file from `offset` to its end (what was appended since `offset` was its end); a link is refused.
    func contents(of name: String, from offset: Int64) throws(OSFailure) -> Data {
        let file = try within(name) { folder, leaf throws(OSFailure) in
            let file = openat(folder, leaf, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard file >= 0 else { throw .current }
            return file
        }
        defer { close(file) }
        var data = Data()
        var position = off_t(offset)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(file, $0.baseAddress, $0.count, position) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw .current
            }
            data.append(contentsOf: chunk[..<count])
            position += off_t(count)
        }
    }

    /// Appends `data` to a file (created when missing, never through a link) and flushes it to disk before
    /// returning; `truncatingTo` first cuts the file to that length (a torn last line). All or nothing: when
    /// a write or the flush fails (a full disk, EIO), the file is cut back to its length before the append
    /// and flushed, so no part of `data` stays to be read back later. Only a kill mid-append can leave a
    /// part: a last line without its newline, which `InputJournal.read` ignores as torn unless it parses
    /// whole, and which the next save sets aside in `.backup/` before appending (lines before it are
    /// untouched; a kill after the flush leaves every line, and the caller never reported them saved).
    /// Returns the file's stamp after the append.
    func append(
        _ data: Data, to name: String, truncatingTo length: Int64? = nil,
        writeBytes: AtomicWriter.WriteFunction = AtomicWriter.systemWrite
    ) throws(OSFailure) -> FileStamp {
        let file = try within(name) { folder, leaf throws(OSFailure) in
            let file = openat(folder, leaf, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard file >= 0 else { throw .current }
            return file
        }
        defer { close(file) }
        if let length, ftruncate(file, off_t(length)) != 0 { throw .current }
        var before = stat()
        guard fstat(file, &before) == 0 else { throw .current }
        do throws(OSFailure) {
            try AtomicWriter.writeAll(data, to: file, using: writeBytes)
            guard fsync(file) == 0 else { throw .current }
        } catch {
            _ = ftruncate(file, before.st_size)
            _ = fsync(file)
            throw error
        }
        var info = stat()
        guard fstat(file, &info) == 0 else { throw .current }
        return FileStamp(info)
    }

    /// Creates a subfolder unless it exists; one that exists as a link, or as anything but a
    /// folder, is refused.
    func makeSubfolder(_ name: String) throws(OSFailure) {
        try within(name) { folder, leaf throws(OSFailure) in
            if mkdirat(folder, leaf, 0o755) == 0 { return }
            guard errno == EEXIST else { throw .current }
            switch Self.type(of: leaf, in: folder) {
            case S_IFDIR: return
            case S_IFLNK: throw OSFailure(code: ELOOP)
            default: throw OSFailure(code: ENOTDIR)
            }
        }
    }

    /// Removes a file; a missing file is not an error. A link is removed itself, never its target.
    func remove(_ name: String) throws(OSFailure) {
        try within(name) { folder, leaf throws(OSFailure) in
            guard unlinkat(folder, leaf, 0) == 0 || errno == ENOENT else { throw .current }
        }
    }

    /// Renames a file within the folder, replacing any file at `newName`; refuses when either
    /// name is a link, so a dialogue that is a link is never replaced or moved out.
    func rename(_ name: String, to newName: String) throws(OSFailure) {
        guard !isLink(name), !isLink(newName) else { throw OSFailure(code: ELOOP) }
        try within(name) { from, fromLeaf throws(OSFailure) in
            try within(newName) { to, toLeaf throws(OSFailure) in
                guard renameat(from, fromLeaf, to, toLeaf) == 0 else { throw .current }
            }
        }
    }

    /// Makes a second name for a file; fails with EEXIST when `newName` exists, and refuses a link.
    func link(_ name: String, as newName: String) throws(OSFailure) {
        guard !isLink(name) else { throw OSFailure(code: ELOOP) }
        try within(name) { from, fromLeaf throws(OSFailure) in
            try within(newName) { to, toLeaf throws(OSFailure) in
                guard linkat(from, fromLeaf, to, toLeaf, 0) == 0 else { throw .current }
            }
        }
    }

    /// Gives the file `name` the first of `candidate(1)`, `candidate(2)` … that is free, never replacing a
    /// file, and returns it: a link and then the old name's removal, or a rename where the file system has
    /// no links.
    func moveToFreeName(_ name: String, candidate: (Int) -> String) throws(OSFailure) -> String {
        var number = 1
        while true {
            let target = candidate(number)
            number += 1
            do throws(OSFailure) {
                try move(name, toFree: target)
                return target
            } catch  where error.code == EEXIST {
                continue
            }
        }
    }

    /// Gives the file `name` the name `target` only when nothing has that name yet (EEXIST otherwise): a link
    /// and then the old name's removal, or a rename where the file system has no links.
    func move(_ name: String, toFree target: String) throws(OSFailure) {
        do throws(OSFailure) {
            try link(name, as: target)
        } catch  where AtomicWriter.linksUnsupported(error) {
            if exists(target) { throw OSFailure(code: EEXIST) }
            try rename(name, to: target)
            return
        }
        try remove(name)
    }

    /// Flushes the folder's entries (new names, renames) to disk. Called after a rename has already
    /// happened, so a failure is not an error the caller could act on.
    func sync() {
        _ = fsync(descriptor)
    }

    /// Runs `body` with the open folder directly holding `name` and the name's last part. Each
    /// folder on the way is opened with `O_NOFOLLOW` and stays open until `body` returns.
    private func within<Result>(
        _ name: String, _ body: (_ folder: Int32, _ leaf: String) throws(OSFailure) -> Result
    ) throws(OSFailure) -> Result {
        // A name in this folder itself (every dialogue a listing stats) needs no walk.
        if !name.utf8.contains(UInt8(ascii: "/")) {
            guard !name.isEmpty, name != ".." else { throw OSFailure(code: EINVAL) }
            return try body(descriptor, name)
        }
        var parts = name.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let leaf = parts.popLast(), !parts.contains(".."), leaf != ".." else {
            throw OSFailure(code: EINVAL)
        }
        var handle = self
        for part in parts where part != "." {
            let opened = try Self.openFolder(part, in: handle.descriptor)
            handle = FolderHandle(
                url: handle.url.appending(path: part, directoryHint: .isDirectory), descriptor: opened)
        }
        return try withExtendedLifetime(handle) { () throws(OSFailure) -> Result in
            try body(handle.descriptor, leaf)
        }
    }

    /// The file type bits (`S_IFDIR`, `S_IFLNK` …) of `name` in `folder`, not following a link;
    /// nil when there is nothing by that name.
    private static func type(of name: String, in folder: Int32) -> mode_t? {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// Opens the folder `name` inside `folder` without following a link. Linux reports a link
    /// opened with `O_NOFOLLOW | O_DIRECTORY` as `ENOTDIR`; it is `ELOOP` here, so that the
    /// message says a link was refused.
    private static func openFolder(_ name: String, in folder: Int32) throws(OSFailure) -> Int32 {
        let opened = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard opened < 0 else { return opened }
        let failure = OSFailure.current
        if failure.code == ENOTDIR, type(of: name, in: folder) == S_IFLNK { throw OSFailure(code: ELOOP) }
        throw failure
    }
}
