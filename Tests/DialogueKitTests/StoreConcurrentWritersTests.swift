import Foundation
import Testing

@testable import DialogueKit

/// Two threads saving the same item of one dialogue as fast as they can, each over the version it
/// loaded: every write that went through had seen the write before it, so none was lost.
struct StoreConcurrentWritersTests {
    /// One save that was written: the value it wrote, the value it had loaded, and when.
    struct Written: Sendable {
        let value: String
        let loadedValue: String?
        let modified: Int64
    }

    @Test func everyWrittenSaveSawTheOneBeforeIt() throws {
        try StoreFixtures.withLibrary { store in
            let stem = try store.create(StoreFixtures.dialogue("Samtidigt"))
            let log = Log()
            DispatchQueue.concurrentPerform(iterations: 2) { writer in
                for n in 0..<60 {
                    guard let loaded = try? store.load(stem), let version = loaded.version else { continue }
                    var dialogue = loaded.dialogue
                    let value = "\(writer)-\(n)"
                    try? dialogue.apply(
                        .response(value), to: "planering.fraga", by: "w\(writer)", at: StoreFixtures.now)
                    switch try? store.save(dialogue, as: stem, over: version) {
                    case .written(let written)?:
                        log.append(
                            Written(
                                value: value, loadedValue: loaded.dialogue.item("planering.fraga")?.response,
                                modified: written.stamp.modified))
                    case .conflicted?: log.conflict()
                    case .merged?, nil: log.failure()
                    }
                }
            }
            let written = log.written.sorted { $0.modified < $1.modified }
            #expect(log.failures == 0)
            #expect(written.count + log.conflicts == 120)
            for (previous, next) in zip(written, written.dropFirst()) {
                #expect(next.loadedValue == previous.value, "\(next.value) overwrote \(previous.value) unseen")
            }
            #expect(try store.load(stem).dialogue.item("planering.fraga")?.response == written.last?.value)
        }
    }
}

/// What the two writer threads report.
private final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [StoreConcurrentWritersTests.Written] = []
    private var conflictCount = 0
    private var failureCount = 0

    func append(_ entry: StoreConcurrentWritersTests.Written) { lock.withLock { entries.append(entry) } }
    func conflict() { lock.withLock { conflictCount += 1 } }
    func failure() { lock.withLock { failureCount += 1 } }

    var written: [StoreConcurrentWritersTests.Written] { lock.withLock { entries } }
    var conflicts: Int { lock.withLock { conflictCount } }
    var failures: Int { lock.withLock { failureCount } }
}
