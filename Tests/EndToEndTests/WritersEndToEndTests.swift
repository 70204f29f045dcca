import Foundation
import Testing

/// Two `ting answer` processes writing one dialogue at the same time, as two scripts (or two
/// people on a shared folder) would: no write that exits 0 is lost, and a collision is reported.
@Suite(.serialized)
struct WritersEndToEndTests {
    /// One `ting answer` run: which item, the value, and how it ended.
    struct Write: Sendable {
        let item: String
        let value: String
        let status: Int32
        let err: String
    }

    /// A library with one dialogue that has `count` extra question items `w.a.N` and `w.b.N`.
    private func library(questions count: Int) throws -> (URL, String) {
        let folder = try TingBinary.temporaryFolder()
        let stem = try TingBinary.newDialogue(["--title", "Skrivare"], in: folder)
        let url = folder.appendingPathComponent("\(stem).json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var phases = try #require(json["phases"] as? [[String: Any]])
        var items = try #require(phases[1]["items"] as? [[String: Any]])
        for writer in ["a", "b"] {
            for n in 0..<count {
                items.append(["id": "w.\(writer).\(n)", "kind": "question", "text": "Fråga \(writer) \(n)"])
            }
        }
        phases[1]["items"] = items
        json["phases"] = phases
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        return (folder, stem)
    }

    /// Runs writers `a` and `b` at once, each `count` writes in turn; `item` names the item of a write.
    private func runWriters(
        count: Int, folder: URL, stem: String, item: @escaping @Sendable (String, Int) -> String
    ) -> [Write] {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let writer = index == 0 ? "a" : "b"
            for n in 0..<count {
                let id = item(writer, n)
                let value = "\(writer)-\(n)"
                let result = try? TingBinary.run(["answer", stem, id, value, "--dir", folder.path])
                results.append(Write(item: id, value: value, status: result?.status ?? -1, err: result?.err ?? ""))
            }
        }
        return results.all
    }

    /// The response of every item in the dialogue file.
    private func responses(folder: URL, stem: String) throws -> [String: String] {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(stem).json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var responses: [String: String] = [:]
        for phase in json["phases"] as? [[String: Any]] ?? [] {
            for item in phase["items"] as? [[String: Any]] ?? [] {
                guard let id = item["id"] as? String, let response = item["response"] as? String else { continue }
                responses[id] = response
            }
        }
        return responses
    }

    @Test func twoWritersOfDifferentItemsLoseNothing() throws {
        let count = 200
        let (folder, stem) = try library(questions: count)
        defer { try? FileManager.default.removeItem(at: folder) }
        let writes = runWriters(count: count, folder: folder, stem: stem) { writer, n in "w.\(writer).\(n)" }
        let failed = writes.filter { $0.status != 0 }
        #expect(failed.isEmpty, "\(failed.count) writes failed, e.g. \(failed.first?.err ?? "")")
        let final = try responses(folder: folder, stem: stem)
        let lost = writes.filter { $0.status == 0 && final[$0.item] != $0.value }
        #expect(writes.count == 2 * count)
        #expect(lost.isEmpty, "\(lost.count) of \(writes.count) writes that exited 0 were lost")
    }

    @Test func twoWritersOfTheSameItemReportConflictsAndLoseNothingSilently() throws {
        let count = 100
        let (folder, stem) = try library(questions: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        let writes = runWriters(count: count, folder: folder, stem: stem) { _, _ in "w.a.0" }
        let written = writes.filter { $0.status == 0 }
        let conflicts = writes.filter { $0.status != 0 }
        let writtenValues = Set(written.map(\.value))
        // Every failure is a reported conflict naming both values: theirs (a value some write that
        // exited 0 put there) and mine; nothing else goes wrong (no lock or disk error).
        for conflict in conflicts {
            #expect(conflict.err.contains("sparades inte"), "\(conflict.err)")
            #expect(conflict.err.contains("medan du sparade \"\(conflict.value)\""), "\(conflict.err)")
            let theirs = conflict.err.components(separatedBy: "sparade \"").dropFirst().first?
                .components(separatedBy: "\"").first
            #expect(theirs.map { writtenValues.contains($0) } == true, "\(conflict.err)")
        }
        #expect(!conflicts.isEmpty, "two writers of one item never collided in \(writes.count) writes")
        // The file holds the last write of one of the two writers.
        let lastOfEach = ["a", "b"].compactMap { writer in written.last { $0.value.hasPrefix("\(writer)-") }?.value }
        #expect(try responses(folder: folder, stem: stem)["w.a.0"].map(lastOfEach.contains) == true)
    }
}

/// Writes collected from the two writer threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var writes: [WritersEndToEndTests.Write] = []

    func append(_ write: WritersEndToEndTests.Write) {
        lock.withLock { writes.append(write) }
    }

    var all: [WritersEndToEndTests.Write] { lock.withLock { writes } }
}
