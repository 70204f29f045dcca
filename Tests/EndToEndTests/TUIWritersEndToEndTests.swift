import Foundation
import Testing

/// The TUI and other writers at once, in tmux: a CLI change shows up on the open dialogue without
/// reopening it and survives the TUI's next save; the library shows who else has a dialogue open.
@Suite(.serialized)
struct TUIWritersEndToEndTests {
    private func start(_ folder: URL, user: String) throws -> TmuxSession {
        try TmuxSession.ting(in: folder, environment: ["USER": user])
    }

    private func answer(_ item: String, _ value: String, in folder: URL) throws {
        let result = try TingBinary.run(
            ["answer", "lekplats", item, value, "--dir", folder.path], environment: ["USER": "anna"])
        #expect(result.status == 0, "\(result.err)")
    }

    private func gateAnswers(in folder: URL) throws -> [String: String] {
        let data = try Data(contentsOf: folder.appendingPathComponent("lekplats.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let phases = try #require(json["phases"] as? [[String: Any]])
        let items = try #require(phases.first?["items"] as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: items.compactMap { item in
                (item["answer"] as? String).map { (item["id"] as? String ?? "", $0) }
            })
    }

    @Test func aCLIChangeShowsUpInTheOpenDialogueAndSurvivesItsNextSave() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try TingBinary.run(["new", "--title", "Lekplats", "--dir", folder.path]).status == 0)
        let tui = try start(folder, user: "eva")
        try tui.openDialogue("Lekplats")

        // The CLI writes while the TUI waits: the open dialogue shows it, read in on the timer.
        try answer("beslut.fragan-paverkas", "nej", in: folder)
        try tui.waitFor("[nej] Kan beslutet eller frågan påverkas?")
        try tui.waitFor("lästes in på nytt")

        // The CLI writes, and the TUI saves at once, before its timer can notice: the save merges.
        let rounds: [(cli: String, tui: String, shown: String)] = [
            ("ja", "y", "[ja]  Kan beslutsfattarna"), ("nej", "n", "[nej] Kan beslutsfattarna"),
            ("ja", "y", "[ja]  Kan beslutsfattarna"),
        ]
        for (round, step) in rounds.enumerated() {
            try answer("beslut.tid", step.cli, in: folder)
            try tui.send(step.tui)
            try tui.waitFor(step.shown)
            try tui.waitFor("[\(step.cli)]\(step.cli == "ja" ? "  " : " ")Finns det tid")
            let answers = try gateAnswers(in: folder)
            #expect(answers["beslut.tid"] == step.cli, "round \(round): the CLI's answer was lost")
            #expect(answers["beslut.fragan-paverkas"] == "nej", "round \(round): the first CLI answer was lost")
            #expect(answers["beslut.beslutsfattare-paverkas"] == (step.tui == "y" ? "ja" : "nej"))
        }
        try tui.send("q")
        try tui.send("q")
        try tui.waitFor("[exit 0]")
    }

    /// The TUI and the CLI change the same answer: the TUI writes nothing over the CLI's and asks;
    /// `m` keeps the TUI's value, `t` takes the CLI's. The TUI is stopped while the CLI writes, so
    /// its timer cannot read the change in first: the key it is sent on waking meets the changed file.
    @Test func aConflictWithTheCLIIsSettledWithMOrT() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try TingBinary.run(["new", "--title", "Lekplats", "--dir", folder.path]).status == 0)
        let tui = try start(folder, user: "eva")
        try tui.openDialogue("Lekplats")
        // The presence file is written as the dialogue opens, which may be just after its screen shows.
        try Poll.until("the presence file of the open dialogue") { try !presenceFiles(in: folder).isEmpty }
        let ting = try #require(try presenceFiles(in: folder).first?.split(separator: ".").last.flatMap { pid_t($0) })
        let rounds: [(item: String, cli: String, key: String, choice: String, kept: String, shown: String)] = [
            ("beslut.beslutsfattare-paverkas", "ja", "n", "m", "nej", "[nej] Kan beslutsfattarna"),
            ("beslut.fragan-paverkas", "nej", "y", "t", "nej", "[nej] Kan beslutet eller frågan"),
        ]
        for (round, step) in rounds.enumerated() {
            if round > 0 { try tui.send("Down") }
            #expect(kill(ting, SIGSTOP) == 0)
            try answer(step.item, step.cli, in: folder)
            try tui.send(step.key)
            #expect(kill(ting, SIGCONT) == 0)
            let asked = try tui.waitFor("Någon annan ändrade samma sak")
            #expect(asked.contains("anna"), "the sentence names the other writer:\n\(asked)")
            let onDisk = try gateAnswers(in: folder)[step.item]
            #expect(onDisk == step.cli, "round \(round): the CLI's answer was written over")
            try tui.send(step.choice)
            try tui.waitForAbsence("Någon annan ändrade samma sak")
            try tui.waitFor(step.shown)
            try Poll.until("\(step.item) answered \(step.kept) on disk") {
                try gateAnswers(in: folder)[step.item] == step.kept
            }
        }
        try tui.send("q", "q")
        try tui.waitFor("[exit 0]")
    }

    @Test func theLibraryShowsWhoElseHasADialogueOpen() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try TingBinary.run(["new", "--title", "Lekplats", "--dir", folder.path]).status == 0)
        let anna = try start(folder, user: "anna")
        try anna.openDialogue("Lekplats")

        let eva = try start(folder, user: "eva")
        try eva.waitFor("Lekplats · öppen hos anna@")
        #expect(try TingBinary.run(["list", "--dir", folder.path]).out.contains("öppen hos anna@"))
        let json = try TingBinary.run(["list", "--json", "--dir", folder.path]).out
        #expect(json.contains(#""openElsewhere""#) && json.contains(#""user" : "anna""#), "\(json)")

        // A dialogue made elsewhere shows up in the library without reopening it.
        #expect(try TingBinary.run(["new", "--title", "Park", "--dir", folder.path]).status == 0)
        try eva.waitFor("Park")

        try anna.send("q")
        try eva.waitForAbsence("öppen hos anna@")
        try anna.send("Enter")
        try eva.waitFor("öppen hos anna@")

        // SIGTERM quits cleanly, and the presence file goes with it.
        let presence = try #require(try presenceFiles(in: folder).first)
        let pid = try #require(presence.split(separator: ".").last.flatMap { Int32($0) })
        #expect(kill(pid, SIGTERM) == 0)
        try anna.waitFor("[exit ")
        try eva.waitForAbsence("öppen hos anna@")
        #expect(try presenceFiles(in: folder).isEmpty, "presence files left behind")
    }

    private func presenceFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".json.open.") }
    }
}
