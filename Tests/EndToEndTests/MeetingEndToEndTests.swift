import DialogueKit
import Foundation
import Testing

/// A facilitator runs a meeting in the real binary: opens meeting mode from the activity, types 30 inputs
/// with å ä ö as fast as tmux sends them, sets categories, counts attendance per group, moves through the
/// agenda, and then the terminal is lost (the tmux server killed) in the middle of typing. Every input
/// entered is in the file with its time, activity, agenda point and category, and reopening shows them.
@Suite(.serialized)
struct MeetingEndToEndTests {
    /// The texts typed, one per input; every one has Swedish letters.
    static let texts = (1...30).map { "Inspel \($0): gärna fler bänkar, ängar och öppna ytor åt alla" }

    /// A dialogue with two target groups and an activity with a three-point agenda (no date, so the agenda
    /// starts at its first point when meeting mode opens).
    private func makeLibrary() throws -> URL {
        let folder = try TingBinary.temporaryFolder()
        let template = try #require(BuiltInTemplates.all.first { $0.id == "vanersborg" })
        var dialogue = Dialogue(template: template, title: "Torget i Vänersborg", now: Date())
        dialogue.planning.targetGroups = [
            TargetGroup(id: "g1", name: "Unga", affected: .high, activity: .low),
            TargetGroup(id: "g2", name: "Äldre", affected: .high, activity: .high),
        ]
        let activity = dialogue.addActivity(
            title: "Stormöte i aulan", kind: "möte", date: nil, place: "Aulan", by: "anna", at: Date())
        for (title, minutes) in [("Välkomna", 10), ("Samtal", 60), ("Summering", 20)] {
            _ = try dialogue.addAgendaPoint(
                title: title, minutes: minutes, toActivity: activity, by: "anna", at: Date())
        }
        _ = try DialogueStore(folder: folder).create(dialogue)
        return folder
    }

    /// Opens the dialogue's Genomförande, the Aktiviteter panel, and meeting mode on its activity.
    private func openMeeting(_ tui: TmuxSession) throws {
        try tui.openDialogue("Torget i Vänersborg", showing: "Inför beslut")
        try tui.send("3")
        try tui.send("]")
        try tui.waitFor("Stormöte i aulan")
        try tui.send("M")
        try tui.waitFor("Mötesläge")
        try tui.waitFor("Inspel ›")
    }

    /// Whether a `ting` of this library is still running.
    private func tingRuns(in folder: URL) throws -> Bool {
        let pattern = "^" + NSRegularExpression.escapedPattern(for: "\(TingBinary.path) --dir \(folder.path)")
        return try ChildProcess.run(["pgrep", "-f", pattern]).status == 0
    }

    @Test
    func aWholeMeetingSurvivesLosingTheTerminal() throws {
        let folder = try makeLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = Date()
        let tui = try TmuxSession.ting(in: folder, width: 100, height: 30)
        try openMeeting(tui)
        // Attendance: 12 in all (F8 on Totalt), then Tab to the counts, ↓ to Unga: 5, ↓ to Äldre: 3.
        for _ in 0..<12 { try tui.send("F8") }
        try tui.send("Tab", "Down")
        for _ in 0..<5 { try tui.send("F8") }
        try tui.send("Down")
        for _ in 0..<4 { try tui.send("F8") }
        try tui.send("F7")
        // Thirty inputs as fast as tmux types them: every third gets the first category (F2 after Enter,
        // on the last input); F6 moves to the next agenda point after the tenth and the twentieth.
        for (index, text) in Self.texts.enumerated() {
            let number = index + 1
            try tui.type(text)
            try tui.send("Enter")
            if number % 3 == 0 { try tui.send("F2") }
            if number == 10 || number == 20 { try tui.send("F6") }
        }
        try tui.waitFor("Inspel (30)", timeout: 20)
        // The last category key is processed after the last input showed: wait for its save too.
        let stem = try #require(DialogueStore(folder: folder).list().first?.stem)
        Poll.until("the thirtieth input's category on disk") {
            (try? TingBinary.dialogue(stem, in: folder))?.inputs.last?.category != nil
        }
        // Halfway through the next input, the terminal goes.
        try tui.type("Det här inspelet hann aldrig bli klart")
        try tui.killServer()
        Poll.until("ting to end after losing its terminal") { (try? tingRuns(in: folder)) == false }

        let dialogue = try TingBinary.dialogue(stem, in: folder)
        let activity = try #require(dialogue.planning.activities.first)
        #expect(dialogue.inputs.map(\.text) == Self.texts, "every entered input, in order, and nothing half-typed")
        let points = activity.agenda.map(\.id)
        for (index, input) in dialogue.inputs.enumerated() {
            let number = index + 1
            #expect(input.activity == activity.id)
            #expect(input.agendaPoint == points[(number - 1) / 10], "input \(number) under the wrong point")
            #expect(input.capturedAt >= started.addingTimeInterval(-1) && input.capturedAt <= Date())
            #expect(input.category == (number % 3 == 0 ? dialogue.inputCategories.first?.id : nil))
        }
        #expect(zip(dialogue.inputs, dialogue.inputs.dropFirst()).allSatisfy { $0.capturedAt <= $1.capturedAt })
        #expect(activity.attendance.total == 12)
        #expect(activity.attendance.byGroup == ["g1": 5, "g2": 3])
        let list = try TingBinary.run(["list", "--dir", folder.path])
        #expect(!list.out.contains("SKADAD"), "the file was damaged:\n\(list.out)")

        // Reopened, meeting mode shows the thirty, the last of them above the line.
        let again = try TmuxSession.ting(in: folder, width: 100, height: 30)
        try openMeeting(again)
        try again.waitFor("Inspel (30)")
        try again.waitFor("Inspel 30: gärna fler bänkar")
        try again.send("Escape", "]")
        try again.waitFor("30 av 30 inspel")
    }

    @Test
    func ctrlCWithWordsOnTheLineWarnsAndKeepsThem() throws {
        let folder = try makeLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try TmuxSession.ting(in: folder, afterwards: "echo \"[status $?]\"", width: 100, height: 30)
        try openMeeting(tui)
        try tui.type("Nästan glömt inspel om ängen")
        try tui.waitFor("Inspel › Nästan glömt inspel om ängen")
        try tui.send("C-c")
        try tui.waitFor("Ctrl-C igen avslutar Ting utan det")
        #expect(try tingRuns(in: folder), "the first Ctrl-C keeps Ting running")
        try tui.send("Enter")
        try tui.waitFor("Inspel (1)")
        let stem = try #require(DialogueStore(folder: folder).list().first?.stem)
        #expect(try TingBinary.dialogue(stem, in: folder).inputs.map(\.text) == ["Nästan glömt inspel om ängen"])
        // Nothing on the line: Ctrl-C quits at once, with the status shells expect.
        try tui.send("C-c")
        try tui.waitFor("[status 130]")
    }
}
