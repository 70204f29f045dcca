import DialogueKit
import Foundation
import Testing

/// The Aktiviteter panel in the real binary: an activity with times, an agenda point and attendance
/// reaches the file, is there after reopening, and `ting show` shows it.
@Suite(.serialized)
struct ActivitiesEndToEndTests {
    @Test func anActivityWithAgendaAndAttendanceIsKeptAndShown() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TingBinary.newDialogue(["--template", "helsingborg", "--title", "Lekplats i Råå"], in: folder)
        do {
            let tui = try TmuxSession.ting(in: folder)
            try tui.openDialogue("Lekplats i Råå")
            try tui.send("3", "]")
            try tui.waitFor("Aktiviteter i Genomförande (0)")
            try tui.send("a")
            try tui.waitFor("Ny aktivitet")
            try tui.type("Workshop på Råå skola")
            try tui.send("Enter")
            try tui.waitFor("[Uppgifter]")
            // Start and end: the fourth and fifth fields; a bad time is refused in words first.
            try tui.send("Down", "Down", "Down", "Enter")
            try tui.type("25.00")
            try tui.send("Enter")
            try tui.waitFor("Skriv tiden som TT:MM")
            try tui.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
            try tui.type("18.00")
            try tui.send("Enter", "Down", "Enter")
            try tui.type("20.00")
            try tui.send("Enter")
            try tui.waitFor("Slut    20.00")
            // The agenda: one point of 150 minutes, longer than the two hours.
            try tui.send("Tab", "a")
            try tui.type("Samtal vid borden")
            try tui.send("Enter", "Down", "Enter")
            try tui.type("150")
            try tui.send("Enter", "Escape")
            try tui.waitFor("Agendan är 30 min för lång (+30 min)")
            // Attendance: the total, on the Närvaro section.
            try tui.send("Tab", "Tab", "Enter")
            try tui.type("42")
            try tui.send("Enter")
            try tui.waitForLine("Totalt", "42")
            try tui.send("Escape")
            try tui.waitFor("Närvaro: 42")
            try tui.send("q")
            try tui.waitFor("Ting · Invånardialoger")
            try tui.send("q")
            try tui.waitFor("[exit 0]")
        }
        let activity = try #require(TingBinary.onlyDialogue(in: folder).planning.activities.first)
        #expect(activity.title == "Workshop på Råå skola" && activity.heldIn == .implementation)
        #expect(activity.start == ClockTime("18:00") && activity.end == ClockTime("20:00"))
        #expect(activity.agenda.map(\.title) == ["Samtal vid borden"] && activity.agenda.first?.minutes == 150)
        #expect(activity.attendance.total == 42)
        #expect(activity.runSheet == RunSheetItem.defaults, "a new activity has Vänersborg's run sheet")
        do {
            let tui = try TmuxSession.ting(in: folder)
            try tui.openDialogue("Lekplats i Råå")
            try tui.send("3", "]")
            try tui.waitForLine("Workshop på Råå skola", "18.00–20.00", "planerad")
            try tui.waitFor("Närvaro: 42")
            try tui.send("q")
            try tui.waitFor("Ting · Invånardialoger")
            try tui.send("q")
            try tui.waitFor("[exit 0]")
        }
        let shown = try TingBinary.run(["show", "lekplats-i-raa", "--dir", folder.path])
        #expect(shown.status == 0)
        #expect(shown.out.contains("Workshop på Råå skola") && shown.out.contains("18.00–20.00"), "\(shown.out)")
        let json = try TingBinary.run(["show", "lekplats-i-raa", "--json", "--dir", folder.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let dialogue = try #require(object["dialogue"] as? [String: Any])
        let planning = try #require(dialogue["planning"] as? [String: Any])
        let activities = try #require(planning["activities"] as? [[String: Any]])
        let attendance = try #require(activities.first?["attendance"] as? [String: Any])
        #expect(attendance["total"] as? Int == 42)
        #expect((activities.first?["agenda"] as? [[String: Any]])?.first?["minutes"] as? Int == 150)
    }
}
