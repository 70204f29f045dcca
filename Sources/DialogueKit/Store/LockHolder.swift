import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whoever holds a lock file, as read from it.
struct LockHolder {
    let folder: FolderHandle
    let lockName: String
    let stamp: FileStamp
    let text: Data
    /// Nil while the holder is still writing its lock file, or when it is not a lock file at all.
    let identity: WriterIdentity?
    let since: Date?

    /// Reads the lock file; nil when it vanished meanwhile.
    init?(_ lockName: String, in folder: FolderHandle) {
        guard let stamp = folder.stamp(of: lockName), let text = try? folder.contents(of: lockName) else { return nil }
        self.folder = folder
        self.lockName = lockName
        self.stamp = stamp
        self.text = text
        let parsed = WriterIdentity.parse(fileText: String(decoding: text, as: UTF8.self))
        identity = parsed?.identity
        since = parsed?.since
    }

    /// Seconds since the lock was taken, by the later of its own time and the file's.
    func age(now: Date) -> Int {
        let modified = Date(timeIntervalSince1970: TimeInterval(stamp.modified) / 1e9)
        return max(0, Int(now.timeIntervalSince(max(modified, since ?? modified))))
    }

    /// Whether the holder is gone from this host, or the lock is older than any save takes.
    func isStale(now: Date) -> Bool {
        identity?.isGoneFromThisHost == true || age(now: now) > Int(WriteLock.staleAge)
    }

    /// Moves the stale lock out of the way under a unique name, checks that what moved is the lock
    /// judged stale and removes it; a lock taken meanwhile by someone else is put back, never removed.
    func takeOver() {
        let moved = "\(lockName).\(getpid())-\(UInt32.random(in: .min ... .max))\(AtomicWriter.tempSuffix)"
        do throws(OSFailure) {
            try folder.rename(lockName, to: moved)
        } catch {
            return
        }
        if folder.stamp(of: moved)?.inode == stamp.inode, (try? folder.contents(of: moved)) == text {
            try? folder.remove(moved)
            return
        }
        if (try? folder.link(moved, as: lockName)) != nil { try? folder.remove(moved) }
    }
}
