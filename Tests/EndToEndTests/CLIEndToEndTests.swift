import Foundation
import Testing

/// The scripting commands against a temporary library, as a shell script would use them.
struct CLIEndToEndTests {
    @Test func newTickAnswerShowList() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = ["--dir", folder.path]
        let stem = try TingBinary.newDialogue(
            ["--template", "helsingborg", "--title", "Trygghet på Söder"], in: folder)
        #expect(stem == "trygghet-pa-soder")

        let show = try TingBinary.run(["show", "tryg"] + dir)
        #expect(show.status == 0)
        #expect(show.out.contains("Trygghet på Söder"))
        #expect(show.out.contains("Kan beslutsfattarna påverkas i frågan som dialogen behandlar?"))

        let gateID = try firstItemID(kind: "gate", stem: stem, folder: folder)
        let answered = try TingBinary.run(["answer", stem, gateID, "nej"] + dir)
        #expect(answered.status == 0, "\(answered.err)")
        #expect(answered.out.contains("STOPP"))

        let checkID = try firstItemID(kind: "check", stem: stem, folder: folder)
        #expect(try TingBinary.run(["tick", stem, checkID] + dir).status == 0)
        let afterTick = try TingBinary.run(["show", stem] + dir).out
        #expect(afterTick.contains("[x]"))
        #expect(afterTick.contains("STOPP"))
        #expect(try TingBinary.run(["tick", stem, checkID, "--undo"] + dir).status == 0)

        let list = try TingBinary.run(["list"] + dir)
        let fields = list.out.split(separator: "\n").first?.split(separator: "\t").map(String.init) ?? []
        #expect(fields.first == stem)
        #expect(fields.dropFirst().first == "Trygghet på Söder")
        #expect(fields.last == "NEJ")
        let json = try TingBinary.run(["list", "--json"] + dir)
        #expect(json.status == 0)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.out.utf8))) != nil, "list --json is not JSON")
    }

    @Test func errorsAreOneSentenceOnStderrWithNonZeroExit() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = ["--dir", folder.path]
        let missing = try TingBinary.run(["show", "finns-inte"] + dir)
        #expect(missing.status != 0)
        #expect(missing.out.isEmpty)
        #expect(!missing.err.isEmpty)

        let stem = try TingBinary.newDialogue(["--title", "Park"], in: folder)
        let gateID = try firstItemID(kind: "gate", stem: stem, folder: folder)
        let wrong = try TingBinary.run(["answer", stem, gateID, "kanske"] + dir)
        #expect(wrong.status != 0)
        #expect(wrong.err.hasPrefix("Svara ja eller nej"), "the sentence alone, no English prefix: \(wrong.err)")
        let badDate = try TingBinary.run(
            [
                "answer", stem, try firstItemID(kind: "date", stem: stem, folder: folder),
                "2026-02-30",
            ] + dir)
        #expect(badDate.status != 0)
        #expect(badDate.err.contains("ÅÅÅÅ-MM-DD"))
    }

    @Test func controlCharactersNeverReachTheTerminalRaw() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = ["--dir", folder.path]
        let stem = try TingBinary.newDialogue(["--title", "Ond\u{1B}[31m titel"], in: folder)
        let questionID = try firstItemID(kind: "question", stem: stem, folder: folder)
        #expect(try TingBinary.run(["answer", stem, questionID, "svar\u{1B}]0;hack\u{07}"] + dir).status == 0)
        for command in [["show", stem], ["list"]] {
            let result = try TingBinary.run(command + dir)
            #expect(!result.out.contains("\u{1B}"), "raw ESC in `ting \(command.joined(separator: " "))`")
            #expect(!result.out.contains("\u{07}"))
        }
    }

    @Test func aPhasePastItsEndShowsInListAndShow() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = ["--dir", folder.path]
        let stem = try TingBinary.newDialogue(["--template", "helsingborg", "--title", "Torget"], in: folder)
        #expect(!(try TingBinary.run(["list"] + dir).out.contains("försenad")))
        let answered = try TingBinary.run(["answer", stem, "planering.tidplan.beslut-slut", "2020-01-31"] + dir)
        #expect(answered.status == 0, "\(answered.err)")
        #expect(try TingBinary.run(["list"] + dir).out.contains("\tförsenad: Beslut\n"))
        let listJSON = try JSONSerialization.jsonObject(with: Data(TingBinary.run(["list", "--json"] + dir).out.utf8))
        #expect((listJSON as? [[String: Any]])?.first?["overduePhases"] as? [String] == ["decision"])
        let show = try TingBinary.run(["show", stem] + dir).out
        #expect(show.contains("\nVARNING: Fasen Beslut skulle vara klar 2020-01-31 men "))
        #expect(show.contains("\nVARNING: Ingen målgrupp har prioritet 1"))
        let showJSON = try JSONSerialization.jsonObject(
            with: Data(TingBinary.run(["show", stem, "--json"] + dir).out.utf8))
        let warnings = (showJSON as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
        #expect(warnings.compactMap { $0["code"] as? String } == ["noPriorityGroup", "phaseOverdue"])
    }

    @Test func versionAndHelp() throws {
        #expect(try TingBinary.run(["--version"]).out.contains("0."))
        let help = try TingBinary.run(["--help"])
        #expect(help.out.contains("template"))
        #expect(help.out.contains("--dir"))
    }

    /// The id of the first item of a kind, read from `ting show --json`.
    private func firstItemID(kind: String, stem: String, folder: URL) throws -> String {
        let result = try TingBinary.run(["show", stem, "--json", "--dir", folder.path])
        let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
        let dialogue = (object as? [String: Any])?["dialogue"] as? [String: Any] ?? (object as? [String: Any] ?? [:])
        let phases = dialogue["phases"] as? [[String: Any]] ?? []
        for phase in phases {
            for item in phase["items"] as? [[String: Any]] ?? [] where item["kind"] as? String == kind {
                if let id = item["id"] as? String { return id }
            }
        }
        throw TmuxError.failed(["show --json"], "no item of kind \(kind) in \(result.out.prefix(300))")
    }
}
