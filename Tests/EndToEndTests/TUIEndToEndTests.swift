import DialogueKit
import Foundation
import Testing

/// The real binary in tmux, as a person uses it: create, tick, answer, quit, reopen.
@Suite(.serialized)
struct TUIEndToEndTests {
    /// Creates a dialogue from the library screen, answers a gate "nej", ticks a step,
    /// types an answer with å ä ö, quits, checks the file, and reopens it.
    func createAnswerQuitReopen(env: [String: String]) throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answer = "För att höra barnen i Råå – åäö ÅÄÖ"
        do {
            let tui = try TmuxSession.ting(in: folder, environment: env)
            try tui.waitFor("Biblioteket är tomt")
            try tui.send("n")
            try tui.waitFor("Välj handbok")
            try tui.send("Enter")
            try tui.waitFor("Dialogens namn")
            try tui.type("Lekplats i Råå")
            try tui.send("Enter")
            try tui.waitFor("1 Beslut")
            try tui.send("n")
            try tui.waitFor("STOPP")
            try tui.waitFor("information eller konsultation")
            try tui.send("5")
            try tui.waitFor("har haft dialog med de som vi ville ha dialog med")
            try tui.send("End")
            try tui.send("Space")
            try tui.waitFor("[x]")
            try tui.send("2")
            try tui.waitFor("Varför vill vi genomföra en dialog?")
            try tui.send("Home")
            try tui.send("Enter")
            try tui.type(answer)
            try tui.send("Enter")
            try tui.waitFor(answer)
            try tui.send("q")
            try tui.waitFor("Lekplats i Råå")
            try tui.send("q")
            try tui.waitFor("[exit 0]")
        }
        let dialogue = try TingBinary.onlyDialogue(in: folder)
        #expect(dialogue.title == "Lekplats i Råå")
        #expect(dialogue.allItems.contains { $0.kind == .gate && $0.answer == .no })
        #expect(dialogue.allItems.contains { $0.kind == .check && $0.done == true })
        #expect(dialogue.allItems.contains { $0.response == answer })
        if case .stopped = dialogue.gateResult {} else { Issue.record("gate should be stopped") }

        let again = try TmuxSession.ting(in: folder, environment: env)
        try again.openDialogue("Lekplats i Råå", showing: "STOPP")
        try again.send("2")
        try again.waitFor(answer)
        try again.send("5")
        try again.waitFor("[x]")
    }

    @Test func createAnswerQuitReopenInUTF8() throws {
        try createAnswerQuitReopen(env: [:])
    }

    @Test func createAnswerQuitReopenWithLangC() throws {
        try createAnswerQuitReopen(env: ["LANG": "C", "LC_ALL": "C"])
    }

    @Test func createAnswerQuitReopenWithNoColor() throws {
        try createAnswerQuitReopen(env: ["NO_COLOR": "1"])
    }

    @Test func exampleOnFirstStart() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try TmuxSession.ting(in: folder)
        try tui.waitFor("exempeldialog")
        try tui.send("e")
        try tui.waitFor("1 Beslut")
        try tui.waitFor("Fråga:")
        try tui.send("q")
        try tui.waitFor("Ting · Invånardialoger")
        let dialogue = try TingBinary.onlyDialogue(in: folder)
        #expect(dialogue.progress.done > 5)
        #expect(!dialogue.planning.targetGroups.isEmpty && !dialogue.planning.goals.isEmpty)
        #expect(!dialogue.planning.activities.isEmpty && !dialogue.planning.people.isEmpty)
        #expect(!dialogue.planning.risks.isEmpty)
        // A second e asks first; n makes no second, identical example.
        try tui.send("e")
        try tui.waitFor("Skapa exemplet en gång till?")
        try tui.send("n")
        try tui.waitForAbsence("Skapa exemplet en gång till?")
        _ = try TingBinary.onlyDialogue(in: folder)
    }

    @Test func deleteAsksThenMovesTheFileToTrash() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try TingBinary.run(["new", "--title", "Gammal dialog", "--dir", folder.path]).status == 0)
        let tui = try TmuxSession.ting(in: folder)
        try tui.waitFor("Gammal dialog")
        try tui.send("d")
        try tui.waitFor("papperskorgen")
        try tui.send("n")
        try tui.waitForAbsence("papperskorgen")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("gammal-dialog.json").path))
        try tui.send("d")
        try tui.waitFor("papperskorgen")
        try tui.waitFor("y = ja")
        try tui.send("y")
        try tui.waitFor("Biblioteket är tomt")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("gammal-dialog.json").path))
        let trash = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".trash").path)
        #expect(trash.count == 1 && trash[0].hasPrefix("gammal-dialog"))
    }

    @Test func tooSmallThenResized() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try TmuxSession.ting(in: folder)
        try tui.waitFor("Biblioteket är tomt")
        try tui.resize(width: 30, height: 6)
        try tui.waitFor("för litet")
        try tui.resize(width: 1, height: 1)
        try tui.resize(width: 100, height: 30)
        try tui.waitFor("Biblioteket är tomt")
        try tui.send("q")
        try tui.waitFor("[exit 0]")
    }

    @Test func damagedFileIsListedAndLeftAlone() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = Data("{ \"title\": \"halv\", ".utf8)
        try broken.write(to: folder.appendingPathComponent("trasig.json"))
        let tui = try TmuxSession.ting(in: folder)
        try tui.waitFor("SKADAD")
        try tui.waitFor("trasig.json")
        try tui.send("Enter")
        try tui.send("q")
        try tui.waitFor("[exit 0]")
        #expect(try Data(contentsOf: folder.appendingPathComponent("trasig.json")) == broken)
    }
}
