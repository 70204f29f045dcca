import DialogueKit
import Foundation
import Testing

/// What a new user stumbled on, tried again on the real binary in tmux: the whole STOPP text can be
/// read, and a phase the handbook has no date for can be dated and is still dated after a restart.
@Suite(.serialized)
struct NewUserEndToEndTests {
    @Test func sollentunasWholeStoppTextIsOneKeyAway() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = ["--dir", folder.path]
        _ = try TingBinary.newDialogue(["--template", "sollentuna", "--title", "Parken"], in: folder)
        #expect(try TingBinary.run(["answer", "parken", "beslut.paverkbar", "nej"] + dir).status == 0)
        let tui = try TmuxSession.ting(in: folder, width: 60, height: 24)
        try tui.openDialogue("Parken", showing: "(S: hela texten)")
        let cut = try tui.screen()
        #expect(!cut.contains("arrangerat en medborgardialog?"), "at 60 columns the banner is cut:\n\(cut)")
        try tui.send("S")
        try tui.waitFor("Varför har vi tagit detta beslut?")
        try tui.waitFor("Varför har vi inte arrangerat en medborgardialog?")
        try tui.send("Escape")
        try tui.waitForAbsence("Varför har vi tagit detta beslut?")
        try tui.send("q", "q")
        try tui.waitFor("[exit 0]")
    }

    /// Vänersborg's "Möjliggör delaktighet" has five aspects, more than the guidance box holds:
    /// the box says so, and `G` shows the whole guidance, the fifth aspect included.
    @Test func vanersborgsWholeGuidanceIsOneKeyAway() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TingBinary.newDialogue(["--template", "vanersborg", "--title", "Parken"], in: folder)
        let tui = try TmuxSession.ting(in: folder, height: 40)
        try tui.openDialogue("Parken", showing: "Inför beslut")
        try tui.send("3", "g")
        for _ in 0..<12 where !(try tui.screen().contains("Säkerställ att det är möjligt för målgruppen")) {
            try tui.send("Down")
            Thread.sleep(forTimeInterval: 0.1)
        }
        let box = try tui.waitFor("(G: hela texten)")
        #expect(box.contains("Säkerställ att det är möjligt för målgruppen"), "\(box)")
        #expect(!box.contains("- Analys:"), "the box is cut before the fifth aspect:\n\(box)")
        try tui.send("G")
        try tui.waitFor("- Analys:")
        try tui.send("Escape")
        try tui.waitForAbsence("- Analys:")
        try tui.waitFor("(G: hela texten)")
    }

    @Test func vanersborgsInforBeslutIsDatedAndStaysDated() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = ["--dir", folder.path]
        _ = try TingBinary.newDialogue(["--template", "vanersborg", "--title", "Parken"], in: folder)
        var tui = try TmuxSession.ting(in: folder, height: 24)
        try tui.openDialogue("Parken", showing: "Inför beslut")
        try tui.send("2", "]", "]", "]")
        try tui.waitFor("Aktiviteter (0)")
        try tui.send("Enter")
        try tui.type("2026-03-02")
        try tui.send("Enter")
        try tui.waitFor("Sparat")
        try tui.send("q", "q")
        try tui.waitFor("[exit 0]")
        let show = try TingBinary.run(["show", "parken", "--json"] + dir)
        #expect(show.status == 0, "\(show.err)")
        #expect(show.out.contains("\"phaseDates\""), "the date is kept in the planning:\n\(show.out)")
        #expect(show.out.contains("2026-03-02"))
        tui = try TmuxSession.ting(in: folder, height: 24)
        try tui.openDialogue("Parken", showing: "Inför beslut")
        try tui.send("2", "]", "]", "]")
        try tui.waitForLine("Inför beslut", "[2026-03-02]")
    }
}
