import Foundation
import Testing

/// `ting history`, `ting restore` and `ting trash` as a script would use them.
struct HistoryCLIEndToEndTests {
    @Test func historyRestoreAndTheTrash() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = ["--dir", folder.path]
        let stem = try TingBinary.newDialogue(["--title", "Parken"], in: folder)
        let gate = "beslut.beslutsfattare-paverkas"
        #expect(try TingBinary.run(["answer", stem, gate, "nej"] + dir, environment: ["USER": "bo"]).status == 0)
        #expect(try TingBinary.run(["answer", stem, gate, "ja"] + dir, environment: ["USER": "anna"]).status == 0)

        let history = try TingBinary.run(["history", stem] + dir)
        #expect(history.status == 0, "\(history.err)")
        let lines = history.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("1\t") == true && lines.first?.contains("\tanna\t(nuvarande)") == true)
        #expect(lines.contains("    svarade ja på \"Kan beslutsfattarna påverkas i frågan som dialo…\""))
        #expect(lines.contains { $0.hasPrefix("2\t") && $0.hasSuffix("\tbo") })
        #expect(lines.last == "    äldsta sparade versionen")
        let json = try TingBinary.run(["history", stem, "--json"] + dir)
        let rows = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
        #expect(rows?.map { $0["version"] as? Int } == [1, 2, 3])

        let restored = try TingBinary.run(["restore", stem, "2"] + dir)
        #expect(restored.status == 0, "\(restored.err)")
        #expect(restored.out.contains("Återställde version 2 av parken"))
        let show = try TingBinary.run(["show", stem] + dir)
        #expect(show.out.contains("STOPP"), "version 2 answered nej")
        #expect(
            try TingBinary.run(["history", stem] + dir).out.split(separator: "\n").count(where: { !$0.hasPrefix(" ") })
                == 4)
        let refused = try TingBinary.run(["restore", stem, "9"] + dir)
        #expect(refused.status != 0)
        #expect(refused.err.contains("har ingen version 9"))

        #expect(try TingBinary.run(["trash", "list"] + dir).out.isEmpty)
        let trashFolder = folder.appendingPathComponent(".trash")
        try FileManager.default.createDirectory(at: trashFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("parken.json"),
            to: trashFolder.appendingPathComponent("parken-20250301T093000Z.json"))
        let trash = try TingBinary.run(["trash", "list"] + dir, environment: ["TZ": "UTC"])
        #expect(trash.out == "parken-20250301T093000Z\t2025-03-01 09:30\tParken\n")
        let back = try TingBinary.run(["trash", "restore", "parken"] + dir)
        #expect(back.status == 0, "\(back.err)")
        #expect(back.out.contains("som parken-2.json"), "parken.json is taken, so it gets a free name")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("parken-2.json").path))
        let missing = try TingBinary.run(["trash", "restore", "parken"] + dir)
        #expect(missing.status != 0)
        #expect(missing.err.contains("Papperskorgen (.trash) har ingen dialog 'parken'"))
    }
}
