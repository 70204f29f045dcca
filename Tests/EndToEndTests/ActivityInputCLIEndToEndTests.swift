import DialogueKit
import Foundation
import Testing

/// `ting activity`, `ting attend` and `ting input add|list` against a temporary library, as a
/// script would use them: output, exit status, JSON shape, and one clear sentence for a bad value
/// with the file left as it was.
struct ActivityInputCLIEndToEndTests {
    /// A library with one dialogue that has the target group `g1` ("Unga"); returns it and the stem.
    static func library() throws -> (URL, String) {
        let folder = try TingBinary.temporaryFolder()
        let stem = try TingBinary.newDialogue(["--title", "Parken"], in: folder)
        let store = try DialogueStore(folder: folder)
        var dialogue = try store.load(stem).dialogue
        dialogue.addTargetGroup(name: "Unga", affected: .high, activity: .low, at: .now)
        try store.save(dialogue, as: stem)
        return (folder, stem)
    }

    /// Runs ting on the library in `folder`; the test fails unless it exits 0 with nothing on stderr.
    @discardableResult
    static func ting(_ arguments: [String], in folder: URL) throws -> String {
        let result = try TingBinary.run(arguments + ["--dir", folder.path])
        #expect(result.status == 0, "ting \(arguments.joined(separator: " ")): \(result.err)")
        #expect(result.err.isEmpty, "\(result.err)")
        return result.out
    }

    /// Runs ting expecting a refusal: non-zero exit, nothing on stdout, and stderr (one line) returned.
    static func refused(_ arguments: [String], in folder: URL) throws -> String {
        let result = try TingBinary.run(arguments + ["--dir", folder.path])
        #expect(result.status != 0, "ting \(arguments.joined(separator: " ")) was not refused")
        #expect(result.out.isEmpty, "\(result.out)")
        #expect(result.err.split(separator: "\n").count == 1, "not one line: \(result.err)")
        return result.err
    }

    /// Every file of the library (dialogue, journal, backups, index) with its bytes: what a refused
    /// command must leave as it was.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for path in paths {
            let url = folder.appendingPathComponent(path)
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[path] = try Data(contentsOf: url)
        }
        return files
    }

    /// The JSON `ting … --json` printed, as an array of objects.
    static func objects(_ json: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func activitiesAreAddedListedAndCounted() throws {
        let (folder, stem) = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let added = try Self.ting(
            [
                "activity", "add", stem, "--title", "Dialogmöte på Söder", "--date", "2026-03-15", "--start", "18:00",
                "--end", "20.30", "--place", "Folkets hus",
            ], in: folder)
        #expect(added == "a1\n")
        #expect(
            try Self.ting(["activity", "add", stem, "--title", "Enkät", "--date", "2026-04-01"], in: folder) == "a2\n")
        #expect(try Self.ting(["attend", stem, "a1", "42"], in: folder) == "a1\ttotalt\t42\n")
        #expect(try Self.ting(["attend", stem, "a1", "12", "--group", "g1"], in: folder) == "a1\tg1\t12\n")

        let lines = try Self.ting(["activity", "list", stem], in: folder).split(separator: "\n")
        #expect(
            lines == [
                "a1\t2026-03-15\t18.00–20.30\tDialogmöte på Söder\tFolkets hus\tplanerad\t42",
                "a2\t2026-04-01\t\tEnkät\t\tplanerad\t",
            ])
        let json = try Self.objects(try Self.ting(["activity", "list", stem, "--json"], in: folder))
        #expect(json.map { $0["id"] as? String } == ["a1", "a2"])
        #expect(json[0]["start"] as? String == "18:00")
        #expect(json[0]["end"] as? String == "20:30")
        #expect(json[0]["date"] as? String == "2026-03-15")
        let attendance = try #require(json[0]["attendance"] as? [String: Any])
        #expect(attendance["total"] as? Int == 42)
        #expect((attendance["byGroup"] as? [String: Int]) == ["g1": 12])

        let saved = try TingBinary.dialogue(stem, in: folder)
        #expect(saved.activity("a1")?.attendance.total == 42)
        #expect(saved.activity("a1")?.place == "Folkets hus")
    }

    @Test func badActivityValuesAreRefusedAndTheFileIsUntouched() throws {
        let (folder, stem) = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.ting(["activity", "add", stem, "--title", "Möte", "--date", "2026-03-15"], in: folder)
        let before = try Self.files(in: folder)
        let add = ["activity", "add", stem, "--title", "Möte"]

        #expect(
            try Self.refused(add + ["--date", "2026-02-30"], in: folder).hasPrefix(
                "'2026-02-30' är inget datum i --date;"))
        #expect(try Self.refused(add + ["--date", "2026-03-15", "--start", "25:00"], in: folder).contains("i --start"))
        let backwards = try Self.refused(
            add + ["--date", "2026-03-15", "--start", "18:00", "--end", "17:00"], in: folder)
        #expect(backwards.contains("17:00") && backwards.contains("--end"), "\(backwards)")
        #expect(
            try Self.refused(["activity", "add", stem, "--title", " ", "--date", "2026-03-15"], in: folder).contains(
                "--title"))
        #expect(try Self.refused(["attend", stem, "a9", "3"], in: folder).contains("'a9'"))
        #expect(try Self.refused(["attend", stem, "a1", "tre"], in: folder).hasPrefix("'tre' är inget antal;"))
        #expect(try Self.refused(["attend", stem, "a1", "-3"], in: folder).hasPrefix("'-3' är inget antal;"))
        #expect(try Self.refused(["attend", stem, "a1"], in: folder).hasPrefix("Ange antalet deltagare"))
        #expect(try Self.refused(["attend", stem, "a1", "3", "--group", "g9"], in: folder).contains("'g9'"))
        #expect(try Self.files(in: folder) == before, "a refused command changed the library")
    }

    @Test func inputsAreCapturedListedAndFiltered() throws {
        let (folder, stem) = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.ting(["activity", "add", stem, "--title", "Möte", "--date", "2026-03-15"], in: folder)
        let first = try Self.ting(
            [
                "input", "add", stem, "Mer ljus i parken, så det känns tryggt", "--activity", "a1", "--category",
                "forslag", "--tag", "trygghet", "--tag", "ljus", "--group", "g1", "--source", "muntligt",
            ], in: folder)
        #expect(first == "i1\n")
        #expect(try Self.ting(["input", "add", stem, "Fler bänkar", "--source", "Lapp"], in: folder) == "i2\n")

        let lines = try Self.ting(["input", "list", stem], in: folder).split(separator: "\n")
        #expect(lines.count == 2)
        let fields = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.count == 6)
        #expect(fields[0] == "i1")
        #expect(fields[2...] == ["a1", "forslag", "trygghet, ljus", "Mer ljus i parken, så det känns tryggt"])
        #expect(lines[1].hasPrefix("i2\t") && lines[1].hasSuffix("\t\t\t\tFler bänkar"))

        #expect(try Self.ting(["input", "list", stem, "--tag", "ljus"], in: folder).hasPrefix("i1\t"))
        #expect(
            try Self.ting(["input", "list", stem, "--activity", "a1"], in: folder).split(separator: "\n").count == 1)
        #expect(try Self.ting(["input", "list", stem, "--category", "teman"], in: folder).isEmpty)

        let json = try Self.objects(try Self.ting(["input", "list", stem, "--json"], in: folder))
        #expect(json.map { $0["id"] as? String } == ["i1", "i2"])
        #expect(json[0]["text"] as? String == "Mer ljus i parken, så det känns tryggt")
        #expect(json[0]["tags"] as? [String] == ["trygghet", "ljus"])
        #expect(json[0]["group"] as? String == "g1")
        #expect(json[0]["source"] as? String == "muntligt")
        #expect(json[1]["source"] as? String == "lapp")
        #expect(json[0]["capturedAt"] is String)
        #expect(json[0]["capturedBy"] is String)

        let store = try DialogueStore(folder: folder)
        let loaded = try store.load(stem)
        var dialogue = loaded.dialogue
        try dialogue.hideInput("i2", reason: "Namn på en person", by: "test", at: .now)
        _ = try store.save(dialogue, as: stem, over: try #require(loaded.version))
        #expect(
            try Self.ting(["input", "list", stem], in: folder).split(separator: "\n").map { $0.prefix(3) } == ["i1\t"])
    }

    @Test func badInputValuesAreRefusedAndTheFileIsUntouched() throws {
        let (folder, stem) = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.files(in: folder)
        let add = ["input", "add", stem, "Ett inspel"]

        #expect(
            try Self.refused(add + ["--source", "brev"], in: folder).contains("muntligt, lapp, enkät, e-post, digitalt")
        )
        #expect(try Self.refused(add + ["--category", "okänd"], in: folder).contains("teman"))
        #expect(try Self.refused(add + ["--activity", "a9"], in: folder).contains("'a9'"))
        #expect(try Self.refused(add + ["--group", "g9"], in: folder).contains("'g9'"))
        #expect(try Self.refused(["input", "add", stem, "  "], in: folder).contains("måste ha text"))
        #expect(try Self.refused(["input", "list", stem, "--activity", "a9"], in: folder).contains("'a9'"))
        #expect(try Self.refused(["input", "list", stem, "--category", "okänd"], in: folder).contains("'okänd'"))
        #expect(try Self.files(in: folder) == before, "a refused command changed the library")
    }

    @Test func inputTextNeverReachesTheTerminalRaw() throws {
        let (folder, stem) = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.ting(["input", "add", stem, "röd \u{1B}[31mtext\u{202E}vänd\nny rad"], in: folder)
        let listed = try Self.ting(["input", "list", stem], in: folder)
        #expect(!listed.contains("\u{1B}") && !listed.contains("\u{202E}"))
        #expect(listed.contains("röd ␛[31mtext‹U+202E›vänd ny rad"))
        let json = try Self.ting(["input", "list", stem, "--json"], in: folder)
        #expect(!json.contains("\u{1B}") && !json.contains("\u{202E}"))
        #expect(try Self.objects(json).first?["text"] as? String == "röd \u{1B}[31mtext\u{202E}vänd\nny rad")
    }
}
