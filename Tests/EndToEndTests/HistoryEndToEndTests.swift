import DialogueKit
import Foundation
import Testing

/// Undo and redo, the history view and the trash view in the real binary in tmux, checked on disk.
@Suite(.serialized)
struct HistoryEndToEndTests {
    /// A library with one dialogue made by `ting new`; returns the folder and the dialogue's stem.
    private func libraryWithParken() throws -> (URL, String) {
        let folder = try TingBinary.temporaryFolder()
        return (folder, try TingBinary.newDialogue(["--title", "Parken"], in: folder))
    }

    /// Waits until the dialogue on disk satisfies `condition`.
    private func waitForFile(_ stem: String, in folder: URL, _ what: String, _ condition: (Dialogue) -> Bool) {
        Poll.until("the file shows \(what)") { (try? TingBinary.dialogue(stem, in: folder)).map(condition) == true }
    }

    private func doneCount(_ dialogue: Dialogue) -> Int {
        dialogue.allItems.filter { $0.done == true }.count
    }

    @Test func aTickIsUndoneAndRedoneOnDisk() throws {
        let (folder, stem) = try libraryWithParken()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try TmuxSession.ting(in: folder)
        try tui.openDialogue("Parken")
        try tui.send("u")
        try tui.waitFor("inget att ångra")
        try tui.send("5")
        try tui.send("End")
        try tui.send("Space")
        try tui.waitFor("[x]")
        waitForFile(stem, in: folder, "the tick") { doneCount($0) == 1 }
        try tui.send("u")
        try tui.waitFor("Ångrade: bockade av")
        waitForFile(stem, in: folder, "the tick undone") { doneCount($0) == 0 }
        try tui.send("C-r")
        try tui.waitFor("Gjorde om: bockade av")
        waitForFile(stem, in: folder, "the tick redone") { doneCount($0) == 1 }
        let history = try TingBinary.run(["history", stem, "--dir", folder.path])
        #expect(history.out.components(separatedBy: "bockade av").count - 1 == 2, "\(history.out)")
        #expect(history.out.contains("tog bort bocken vid"))
    }

    /// With LANG=C, as a bare terminal has: the view's å ä ö still reach the screen.
    @Test func theHistoryViewRestoresAnEarlierVersion() throws {
        let (folder, stem) = try libraryWithParken()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gate = try #require(try TingBinary.dialogue(stem, in: folder).allItems.first { $0.kind == .gate }?.id)
        #expect(try TingBinary.run(["answer", stem, gate, "nej", "--dir", folder.path]).status == 0)
        #expect(try TingBinary.run(["answer", stem, gate, "ja", "--dir", folder.path]).status == 0)
        let tui = try TmuxSession.ting(in: folder, environment: ["LANG": "C", "LC_ALL": "C"])
        try tui.openDialogue("Parken")
        try tui.send("v")
        try tui.waitFor("Versioner")
        try tui.waitFor("svarade ja på")
        try tui.send("Down")
        try tui.send("Enter")
        try tui.waitFor("Återställa version 2?")
        try tui.send("y")
        try tui.waitFor("Återställde version 2")
        waitForFile(stem, in: folder, "version 2's nej") { $0.item(gate)?.answer == .no }
        try tui.waitFor("STOPP")
        let history = try TingBinary.run(["history", stem, "--dir", folder.path])
        #expect(history.out.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == 4, "\(history.out)")
    }

    /// With NO_COLOR: the selection and the question still show without colour.
    @Test func theTrashViewPutsADeletedDialogueBack() throws {
        let (folder, stem) = try libraryWithParken()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try TmuxSession.ting(in: folder, environment: ["NO_COLOR": "1"])
        try tui.waitFor("Parken")
        try tui.send("d")
        try tui.waitFor("Flytta till papperskorgen?")
        try tui.send("y")
        try tui.waitFor("Biblioteket är tomt")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(stem).json").path))
        try tui.send("p")
        try tui.waitFor("Papperskorgen")
        try tui.waitFor("Parken")
        try tui.send("Enter")
        try tui.waitFor("Lägga tillbaka i biblioteket?")
        try tui.send("y")
        try tui.waitFor("Lade tillbaka")
        // Back in the library, on its row (the trash view never showed "Biblioteket är tomt").
        try tui.waitForLine("Parken", "0 %")
        #expect(try TingBinary.dialogue(stem, in: folder).title == "Parken")
        let trash = try TingBinary.run(["trash", "list", "--dir", folder.path])
        #expect(trash.out.isEmpty, "\(trash.out)")
    }
}
