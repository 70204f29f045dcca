import DialogueKit
import Foundation
import Testing

/// Scripts capturing and importing inputs into one dialogue while another counts attendance, all at
/// once: every input whose command exited 0 is in the file once, under the id it printed.
@Suite(.serialized)
struct InputWritersEndToEndTests {
    /// One finished `ting` run of a writer.
    struct Run: Sendable {
        let writer: Int
        let value: String
        let status: Int32
        let out: String
        let err: String
    }

    @Test func twoInputWritersAndAnAttendanceCounterLoseNothing() throws {
        let count = 100
        let counts = 50
        let (folder, stem) = try ActivityInputCLIEndToEndTests.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ActivityInputCLIEndToEndTests.ting(
            ["activity", "add", stem, "--title", "Möte", "--date", "2026-03-15"], in: folder)
        let runs = Runs()
        DispatchQueue.concurrentPerform(iterations: 3) { writer in
            for n in 0..<(writer < 2 ? count : counts) {
                let value = writer < 2 ? "Inspel \(writer)-\(n) åäö" : String(n + 1)
                let arguments =
                    writer < 2
                    ? ["input", "add", stem, value, "--activity", "a1"]
                    : ["attend", stem, "a1", value, "--group", "g1"]
                let result = try? TingBinary.run(arguments + ["--dir", folder.path])
                runs.append(
                    Run(
                        writer: writer, value: value, status: result?.status ?? -1, out: result?.out ?? "",
                        err: result?.err ?? ""))
            }
        }
        let all = runs.all
        let failed = all.filter { $0.status != 0 }
        #expect(failed.isEmpty, "\(failed.count) runs failed, e.g. \(failed.first?.err ?? "")")

        let dialogue = try TingBinary.dialogue(stem, in: folder)
        let byID = Dictionary(dialogue.inputs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byID.count == dialogue.inputs.count, "two inputs share an id")
        let added = all.filter { $0.writer < 2 && $0.status == 0 }
        #expect(added.count == 2 * count)
        let misplaced = added.filter { byID[$0.out.trimmingCharacters(in: .newlines)]?.text != $0.value }
        #expect(
            misplaced.count == 0,
            "\(misplaced.count) inputs are not under the id they printed, e.g. \(misplaced.first?.value ?? "")")
        #expect(dialogue.inputs.count == 2 * count, "the file holds \(dialogue.inputs.count) inputs")
        #expect(Set(dialogue.inputs.map(\.text)) == Set(added.map(\.value)))
        #expect(dialogue.activity("a1")?.attendance.byGroup["g1"] == counts)
    }

    @Test func surveyImportsBesideAnInputWriterLoseNothing() throws {
        let (folder, stem) = try ActivityInputCLIEndToEndTests.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imports = 10
        let rows = 10
        for file in 0..<imports {
            let csv =
                "id;svar\n" + (0..<rows).map { "\($0);\"Svar \(file)-\($0)\nandra raden\"" }.joined(separator: "\n")
            try Data(csv.utf8).write(to: folder.appendingPathComponent("enkät-\(file).csv"))
        }
        let runs = Runs()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            for n in 0..<(writer == 0 ? 5 * imports : imports) {
                let value = writer == 0 ? "Inspel \(n)" : folder.appendingPathComponent("enkät-\(n).csv").path
                let arguments = writer == 0 ? ["input", "add", stem, value] : ["input", "import", stem, value]
                let result = try? TingBinary.run(arguments + ["--dir", folder.path])
                runs.append(
                    Run(
                        writer: writer, value: value, status: result?.status ?? -1, out: result?.out ?? "",
                        err: result?.err ?? ""))
            }
        }
        let failed = runs.all.filter { $0.status != 0 }
        #expect(failed.isEmpty, "\(failed.count) runs failed, e.g. \(failed.first?.err ?? "")")
        let texts = try TingBinary.dialogue(stem, in: folder).inputs.map(\.text)
        let expected =
            (0..<(5 * imports)).map { "Inspel \($0)" }
            + (0..<imports).flatMap { file in (0..<rows).map { "Svar \(file)-\($0)\nandra raden" } }
        #expect(texts.count == expected.count, "the file holds \(texts.count) of \(expected.count) inputs")
        #expect(Set(texts) == Set(expected))
    }
}

/// Runs collected from the writer threads.
final class Runs: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [InputWritersEndToEndTests.Run] = []

    func append(_ run: InputWritersEndToEndTests.Run) {
        lock.withLock { runs.append(run) }
    }

    var all: [InputWritersEndToEndTests.Run] { lock.withLock { runs } }
}
