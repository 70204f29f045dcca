import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open library folder. Every file operation goes through it by name, relative to the folder,
/// so nothing Ting does can reach a path outside it.
final class FolderHandle {
    /// The folder's path, for messages.
    let url: URL
    /// The open directory.
    let descriptor: Int32

    /// Opens `url`, which must be a directory.
    init(_ url: URL) throws(OSFailure) {
        self.url = url
        descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .current }
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
        FileStamp(name: name, inFolder: descriptor)
    }

    /// Whether anything by this name is in the folder.
    func exists(_ name: String) -> Bool {
        var info = stat()
        return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// The whole content of a file in the folder.
    func contents(of name: String) throws(OSFailure) -> Data {
        let file = openat(descriptor, name, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { throw .current }
        defer { close(file) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw .current
            }
            data.append(contentsOf: chunk[..<count])
        }
    }

    /// Creates a subfolder unless it exists.
    func makeSubfolder(_ name: String) throws(OSFailure) {
        guard mkdirat(descriptor, name, 0o755) == 0 || errno == EEXIST else { throw .current }
    }

    /// Removes a file; a missing file is not an error.
    func remove(_ name: String) throws(OSFailure) {
        guard unlinkat(descriptor, name, 0) == 0 || errno == ENOENT else { throw .current }
    }

    /// Renames a file within the folder, replacing any file at `newName`.
    func rename(_ name: String, to newName: String) throws(OSFailure) {
        guard renameat(descriptor, name, descriptor, newName) == 0 else { throw .current }
    }

    /// Makes a second name for a file; fails with EEXIST when `newName` exists.
    func link(_ name: String, as newName: String) throws(OSFailure) {
        guard linkat(descriptor, name, descriptor, newName, 0) == 0 else { throw .current }
    }

    /// Flushes the folder's entries (new names, renames) to disk. Called after a rename has already
    /// happened, so a failure is not an error the caller could act on.
    func sync() {
        _ = fsync(descriptor)
    }
}
