import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an export to a path of the user's choosing, atomically, as the store writes dialogues: a temp file in
/// the same folder, flushed to disk, then one rename (or, when not replacing, a link that fails if the name
/// was taken meanwhile). A half-written export never has the file's name.
public enum ExportFile {
    /// Writes `data` to `path` (relative paths from the working folder). An existing file is refused unless
    /// `force`, and then replaced in one step; a missing folder is refused, never created.
    public static func write(_ data: Data, to path: String, force: Bool) throws(ExportError) {
        guard !path.isEmpty else { throw .noFileName }
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        guard !path.hasSuffix("/"), !name.isEmpty, name != ".", name != ".." else { throw .notAFile(path: path) }
        let folderURL = url.deletingLastPathComponent()
        let folder: FolderHandle
        do {
            folder = try FolderHandle(folderURL)
        } catch  where error.code == ENOENT || error.code == ENOTDIR {
            throw .folderMissing(path: path, folder: folderURL.path)
        } catch {
            throw .writeFailed(path: path, failure: error)
        }
        if folder.isLink(name) || isFolder(name, in: folder) { throw .notAFile(path: path) }
        if !force, folder.exists(name) { throw .fileExists(path: path) }
        let writer = AtomicWriter(folder: folder, durable: true)
        do {
            if force {
                try writer.replace(name, with: data, backupFolder: nil)
            } else {
                try writer.create(name, with: data)
            }
        } catch  where error.code == EEXIST {
            throw .fileExists(path: path)
        } catch {
            throw .writeFailed(path: path, failure: error)
        }
    }

    /// Whether `name` in the folder is a folder (not following a link).
    private static func isFolder(_ name: String, in folder: FolderHandle) -> Bool {
        var info = stat()
        return fstatat(folder.descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
