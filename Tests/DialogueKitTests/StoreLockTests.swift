import Foundation
import Testing

@testable import DialogueKit

#if canImport(Glibc)
    import Glibc
#endif

/// The write lock `.<file>.lock`: a held lock is waited for, a stale one is taken over, a live one
/// is never removed, and a save that cannot have it says who holds it.
struct StoreLockTests {
    private let lockName = ".lekplats.json.lock"
    /// A process id no process has (above Linux's largest).
    private let deadPID: Int32 = 4_999_999

    /// Writes a lock file as another process would; its time is `age` seconds ago.
    private func holdLock(_ identity: WriterIdentity, age: TimeInterval = 0, in store: DialogueStore) throws {
        let since = Date().addingTimeInterval(-age)
        try store.writeBehindItsBack(lockName, identity.fileText(since: since))
        try store.setModified(lockName, to: since)
    }

    private func acquire(_ store: DialogueStore, wait: TimeInterval) throws -> WriteLock {
        let handle = try FolderHandle(store.folder)
        return try WriteLock.acquire(for: "lekplats.json", in: handle, as: store.identity, wait: wait)
    }

    @Test func aLiveLockIsWaitedForAndNeverRemoved() throws {
        try StoreFixtures.withLibrary { store in
            let anna = WriterIdentity(user: "anna", host: "radhus", pid: 1234)
            try holdLock(anna, in: store)
            let before = try store.bytes(lockName)
            let started = Date()
            #expect(throws: StoreError.busy(fileName: "lekplats.json", holder: anna, seconds: 0)) {
                try acquire(store, wait: 0.3)
            }
            #expect(Date().timeIntervalSince(started) >= 0.3)
            #expect(try store.bytes(lockName) == before)
        }
    }

    @Test func aLockReleasedWhileWaitingIsTaken() throws {
        try StoreFixtures.withLibrary { store in
            try holdLock(WriterIdentity(user: "anna", host: WriterIdentity.current.host, pid: getpid()), in: store)
            let path = store.url(lockName).path
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { unlink(path) }
            let lock = try acquire(store, wait: 3)
            let holder = WriterIdentity.parse(fileText: String(decoding: try store.bytes(lockName), as: UTF8.self))
            #expect(holder?.identity == store.identity)
            lock.release()
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func aLockOfAProcessGoneFromThisHostIsTakenOverAtOnce() throws {
        try StoreFixtures.withLibrary { store in
            try holdLock(WriterIdentity(user: "anna", host: WriterIdentity.current.host, pid: deadPID), in: store)
            let lock = try acquire(store, wait: 0)
            let holder = WriterIdentity.parse(fileText: String(decoding: try store.bytes(lockName), as: UTF8.self))
            #expect(holder?.identity == store.identity)
            lock.release()
            #expect(try store.fileNames().filter { $0.hasPrefix(".lekplats") }.isEmpty)
        }
    }

    @Test func anOldLockFromAnotherHostIsTakenOver() throws {
        try StoreFixtures.withLibrary { store in
            try holdLock(WriterIdentity(user: "anna", host: "radhus", pid: 1234), age: 120, in: store)
            let lock = try acquire(store, wait: 0)
            let holder = WriterIdentity.parse(fileText: String(decoding: try store.bytes(lockName), as: UTF8.self))
            #expect(holder?.identity == store.identity)
            lock.release()
            #expect(try store.fileNames().filter { $0.hasPrefix(".lekplats") }.isEmpty, "nothing left behind")
        }
    }

    @Test func releaseLeavesALockThatIsNoLongerThisOne() throws {
        try StoreFixtures.withLibrary { store in
            let lock = try acquire(store, wait: 0)
            try store.writeBehindItsBack("other", "someone else's lock")
            try FileManager.default.removeItem(at: store.url(lockName))
            try FileManager.default.moveItem(at: store.url("other"), to: store.url(lockName))
            lock.release()
            #expect(try store.bytes(lockName) == Data("someone else's lock".utf8))
        }
    }

    @Test func aSaveThatCannotHaveTheLockSaysWhoHoldsItAndWritesNothing() throws {
        try StoreFixtures.withLibrary { store in
            let stem = try store.create(StoreFixtures.dialogue("Lekplats"))
            let loaded = try store.load(stem)
            let before = try store.bytes("\(stem).json")
            try holdLock(WriterIdentity(user: "anna", host: "radhus", pid: 1234), in: store)
            var dialogue = loaded.dialogue
            try dialogue.apply(.done(true), to: "genomforande.mote", by: "eva", at: StoreFixtures.now)
            let version = try #require(loaded.version)
            let error = #expect(throws: StoreError.self) { try store.save(dialogue, as: stem, over: version) }
            #expect(error?.description.contains("anna@radhus (process 1234)") == true)
            #expect(error?.description.contains(lockName) == true)
            #expect(try store.bytes("\(stem).json") == before)
        }
    }
}
