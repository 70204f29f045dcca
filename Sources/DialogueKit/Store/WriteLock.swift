import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lock file `.<file>.lock` that serialises writers of one file, also across hosts on a shared
/// network folder: created with O_EXCL, holding the user, host, pid and time, and held only for the
/// read-check-write of one save. A lock whose process is gone from this host, or that is older than
/// `staleAge`, is taken over; a live lock is never removed.
final class WriteLock {
    /// How long to wait for a held lock before giving up, in seconds.
    static let waitLimit: TimeInterval = 3
    /// A lock older than this, in seconds, is stale: a save takes milliseconds.
    static let staleAge: TimeInterval = 30

    /// The lock file's name for a file in the folder.
    static func name(for fileName: String) -> String { ".\(fileName).lock" }

    private let folder: FolderHandle
    private let lockName: String
    private let inode: UInt64

    private init(folder: FolderHandle, lockName: String, inode: UInt64) {
        self.folder = folder
        self.lockName = lockName
        self.inode = inode
    }

    /// Takes the lock of `fileName`, waiting up to `wait` seconds while someone else holds it.
    static func acquire(
        for fileName: String, in folder: FolderHandle, as identity: WriterIdentity, wait: TimeInterval = waitLimit
    ) throws(StoreError) -> WriteLock {
        let lockName = name(for: fileName)
        let deadline = Date().addingTimeInterval(wait)
        var pause: UInt32 = 1_000
        while true {
            do throws(OSFailure) {
                if let lock = try create(lockName, in: folder, as: identity) { return lock }
            } catch {
                throw .writeFailed(fileName: fileName, failure: error)
            }
            let holder = LockHolder(lockName, in: folder)
            if let holder, holder.isStale(now: Date()) {
                holder.takeOver()
                continue
            }
            guard Date() < deadline else {
                throw .busy(fileName: fileName, holder: holder?.identity, seconds: holder?.age(now: Date()))
            }
            usleep(pause + UInt32.random(in: 0...pause))
            pause = min(pause * 2, 20_000)
        }
    }

    /// Removes the lock, unless it is no longer this one (taken over after `staleAge`).
    func release() {
        guard folder.stamp(of: lockName)?.inode == inode else { return }
        try? folder.remove(lockName)
    }

    /// Creates the lock file with O_EXCL; nil when it exists.
    private static func create(_ lockName: String, in folder: FolderHandle, as identity: WriterIdentity)
        throws(OSFailure) -> WriteLock?
    {
        let file = openat(folder.descriptor, lockName, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard file >= 0 else {
            if errno == EEXIST { return nil }
            throw .current
        }
        let bytes = Array(identity.fileText(since: Date()).utf8)
        var info = stat()
        let written = bytes.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
        guard written == bytes.count, fstat(file, &info) == 0 else {
            let failure = OSFailure.current
            close(file)
            try? folder.remove(lockName)
            throw failure
        }
        close(file)
        return WriteLock(folder: folder, lockName: lockName, inode: UInt64(info.st_ino))
    }
}
