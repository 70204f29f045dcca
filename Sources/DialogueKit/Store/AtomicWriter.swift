import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files in a folder so that a crash, a kill or a full disk never leaves a half-written or
/// empty file: the bytes go to a temp file in the same folder, are flushed, and only then take the
/// file's name in one rename.
struct AtomicWriter {
    /// Writes bytes to a file descriptor, returning how many were written or -1 with `errno` set;
    /// the system's `write` unless a test simulates a failing disk.
    typealias WriteFunction = @Sendable (Int32, UnsafeRawBufferPointer) -> Int

    /// The system's `write(2)`.
    static let systemWrite: WriteFunction = { file, bytes in write(file, bytes.baseAddress, bytes.count) }

    /// Temp files end with this; stale ones are cleaned up by the library scan.
    static let tempSuffix = ".tmp"

    let folder: FolderHandle
    /// Whether to fsync the file and the folder: dialogues yes, the index (a cache) no.
    let durable: Bool
    var writeBytes: WriteFunction = systemWrite

    /// Replaces (or creates) `name` with `data`. When `backupFolder` is given and the file exists, its
    /// previous content is first kept as the newest version in `backupFolder/<stem>/`; the oldest versions
    /// beyond `BackupShelf.keptVersions` are pruned only once the new file is in place.
    func replace(_ name: String, with data: Data, backupFolder: String?) throws(OSFailure) {
        let temp = try writeTemp(data, for: name)
        let shelf = backupFolder.map { BackupShelf(folder: folder, backupFolder: $0, name: name) }
        do throws(OSFailure) {
            try shelf?.keepCurrent(durable: durable, writeBytes: writeBytes)
            try folder.rename(temp, to: name)
        } catch {
            try? folder.remove(temp)
            throw error
        }
        syncFolder()
        shelf?.prune()
    }

    /// Writes `data` under the first name `candidate(1)`, `candidate(2)` … that does not exist yet,
    /// never replacing a file, and returns that name.
    func createNew(_ data: Data, candidate: (Int) -> String) throws(OSFailure) -> String {
        let temp = try writeTemp(data, for: candidate(1))
        defer { try? folder.remove(temp) }
        let name = try folder.moveToFreeName(temp, candidate: candidate)
        syncFolder()
        return name
    }

    /// Writes `data` as `name` only when nothing has that name yet, never replacing a file: EEXIST otherwise.
    func create(_ name: String, with data: Data) throws(OSFailure) {
        let temp = try writeTemp(data, for: name)
        defer { try? folder.remove(temp) }
        try folder.move(temp, toFree: name)
        syncFolder()
    }

    /// Flushes the new name to disk when durable.
    private func syncFolder() {
        if durable { folder.sync() }
    }

    /// Writes `data` to a new hidden temp file next to `name`, flushed to disk when durable.
    private func writeTemp(_ data: Data, for name: String) throws(OSFailure) -> String {
        let temp = ".\(name).\(getpid())-\(UInt32.random(in: .min ... .max))\(Self.tempSuffix)"
        let file = openat(folder.descriptor, temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw .current }
        do throws(OSFailure) {
            try copyMode(of: name, to: file)
            try Self.writeAll(data, to: file, using: writeBytes)
            if durable, fsync(file) != 0 { throw OSFailure.current }
        } catch {
            close(file)
            try? folder.remove(temp)
            throw error
        }
        guard close(file) == 0 else {
            let failure = OSFailure.current
            try? folder.remove(temp)
            throw failure
        }
        return temp
    }

    /// Gives the temp file the permissions of the file it will replace, so a private file stays private.
    private func copyMode(of name: String, to file: Int32) throws(OSFailure) {
        var info = stat()
        guard fstatat(folder.descriptor, name, &info, 0) == 0 else { return }
        guard fchmod(file, info.st_mode & 0o7777) == 0 else { throw .current }
    }

    /// Writes all of `data` to `file` through `writeBytes`, a short write continued; the first failure
    /// (other than EINTR) thrown. The one write loop of the store: the atomic save's and the journal's append.
    static func writeAll(_ data: Data, to file: Int32, using writeBytes: WriteFunction) throws(OSFailure) {
        var failure: OSFailure?
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = writeBytes(file, UnsafeRawBufferPointer(rebasing: bytes[offset...]))
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .current
                    return
                }
                offset += written
            }
        }
        if let failure { throw failure }
    }

    /// Whether a failed link means the file system cannot make hard links at all.
    static func linksUnsupported(_ failure: OSFailure) -> Bool {
        [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK].contains(failure.code)
    }
}
