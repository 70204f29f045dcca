import DialogueKit
import Foundation
import Testing

/// `ting agenda` and `ting list --overdue` over a real library, with "today" read by the real binary in
/// the time zone it is given: a fixed one, and Pacific/Kiritimati (UTC+14), where the day turns first.
struct AgendaEndToEndTests {
    static let zones = ["Europe/Stockholm", "Pacific/Kiritimati"]

    /// Today in `zone`, as the binary will read it.
    static func today(in zone: String) throws -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        return LocalDate(Date(), calendar: calendar)
    }

    /// A library of two dialogues: Lekplats i Råå with feedback planned in the past (one round sent, one
    /// not), a workshop today and one yesterday in `zone`; Torget with only a workshop far ahead.
    static func library(today: LocalDate) throws -> URL {
        let folder = try TingBinary.temporaryFolder()
        let helsingborg = try #require(BuiltInTemplates.all.first { $0.id == "helsingborg" })
        let store = try DialogueStore(folder: folder)
        var late = Dialogue(template: helsingborg, title: "Lekplats i Råå", now: Date())
        late.followUp.feedbackRounds = [
            FeedbackRound(id: "a1", audience: "deltagarna", plannedOn: LocalDate("2020-01-31")),
            FeedbackRound(
                id: "a2", audience: "invanarna", plannedOn: LocalDate("2020-01-15"), sentOn: LocalDate("2020-01-16")),
        ]
        for (title, day) in [
            ("Workshop med föräldrar", today), ("Trygghetsvandring", try #require(today.adding(days: -1))),
        ] {
            let id = late.addActivity(title: title, at: Date())
            var activity = try #require(late.planning.activities.first { $0.id == id })
            activity.date = day
            late.updateActivity(activity, at: Date())
        }
        _ = try store.create(late)
        var later = Dialogue(template: helsingborg, title: "Torget", now: Date())
        let id = later.addActivity(title: "Stormöte", at: Date())
        var activity = try #require(later.planning.activities.first { $0.id == id })
        activity.date = LocalDate("2099-06-01")
        later.updateActivity(activity, at: Date())
        _ = try store.create(later)
        return folder
    }

    @Test(arguments: zones)
    func theAgendaListsTheOverdueFirstThenWhatIsDueSoonest(zone: String) throws {
        let today = try Self.today(in: zone)
        let folder = try Self.library(today: today)
        defer { try? FileManager.default.removeItem(at: folder) }
        let agenda = try TingBinary.run(["agenda", "--dir", folder.path], environment: ["TZ": zone])
        #expect(agenda.status == 0, "\(agenda.err)")
        let lines = agenda.out.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let yesterday = try #require(today.adding(days: -1))
        let daysLate = try #require(LocalDate("2020-01-31")).days(until: today)
        #expect(
            lines == [
                [
                    "2020-01-31", "! försenad \(daysLate) dagar",
                    "återkoppling", "Återkoppling till deltagare", "Lekplats i Råå", "lekplats-i-raa",
                ],
                [
                    "\(yesterday)", "! försenad 1 dag", "aktivitet", "Trygghetsvandring", "Lekplats i Råå",
                    "lekplats-i-raa",
                ],
                ["\(today)", "i dag", "aktivitet", "Workshop med föräldrar", "Lekplats i Råå", "lekplats-i-raa"],
            ], "\(agenda.out)")

        let all = try TingBinary.run(
            ["agenda", "--days", "36500", "--json", "--dir", folder.path], environment: ["TZ": zone])
        #expect(all.status == 0, "\(all.err)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(all.out.utf8)) as? [[String: Any]])
        #expect(
            rows.compactMap { $0["text"] as? String } == [
                "Återkoppling till deltagare", "Trygghetsvandring", "Workshop med föräldrar", "Stormöte",
            ])
        #expect(rows.compactMap { $0["overdue"] as? Bool } == [true, true, false, false])
        #expect(rows.last?["stem"] as? String == "torget")
        #expect(rows.last?["date"] as? String == "2099-06-01")
        #expect(rows.first?["kind"] as? String == "aterkoppling")

        let none = try TingBinary.run(["agenda", "--days", "-1", "--dir", folder.path], environment: ["TZ": zone])
        #expect(none.status != 0)
        #expect(none.err.contains("--days"), "\(none.err)")
    }

    @Test(arguments: zones)
    func listOverdueShowsOnlyTheDialogueWithSomethingOverdue(zone: String) throws {
        let today = try Self.today(in: zone)
        let folder = try Self.library(today: today)
        defer { try? FileManager.default.removeItem(at: folder) }
        let everything = try TingBinary.run(["list", "--dir", folder.path], environment: ["TZ": zone])
        #expect(everything.out.split(separator: "\n").count == 2, "\(everything.out)")
        let overdue = try TingBinary.run(["list", "--overdue", "--dir", folder.path], environment: ["TZ": zone])
        #expect(overdue.status == 0, "\(overdue.err)")
        let lines = overdue.out.split(separator: "\n")
        #expect(lines.count == 1, "\(overdue.out)")
        let yesterday = try #require(today.adding(days: -1))
        #expect(lines.first?.hasPrefix("lekplats-i-raa\tLekplats i Råå\t") == true)
        #expect(
            lines.first?.hasSuffix(
                "\tförsenat: Återkoppling till deltagare (2020-01-31), Trygghetsvandring (\(yesterday))")
                == true, "\(overdue.out)")
        let json = try TingBinary.run(["list", "--overdue", "--json", "--dir", folder.path], environment: ["TZ": zone])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        let items = rows.first?["overdue"] as? [[String: Any]] ?? []
        #expect(items.compactMap { $0["reference"] as? String }.first == "a1")
        #expect((rows.first?["nextDue"] as? [String: Any])?["date"] as? String == "2020-01-31")
    }

    /// The real binary in tmux: the library's Nästa column marks the overdue feedback with `!`, shows the
    /// other dialogue's next thing unmarked, and drops the mark when another writer marks the round sent.
    @Test(arguments: zones)
    func theLibraryShowsTheNextThingDueAndMarksTheOverdue(zone: String) throws {
        let today = try Self.today(in: zone)
        let folder = try Self.library(today: today)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try TmuxSession.ting(in: folder, environment: ["TZ": zone], width: 120, height: 30)
        let row = try tui.waitForLine("Lekplats i Råå", "! 2020-01-31 Återkoppling till")
        #expect(row.contains("! Beslut") == false, "no phase of Lekplats i Råå is dated")
        let later = try tui.waitForLine("Torget", "2099-06-01 Stormöte")
        #expect(!later.contains("!"), "what is still to come is not marked: \(later)")
        try tui.waitFor("! Försenad: 2020-01-31 Återkoppling till deltagare · även försenat: Trygghetsvandring")

        let store = try DialogueStore(folder: folder)
        let loaded = try store.load("lekplats-i-raa")
        var dialogue = loaded.dialogue
        dialogue.followUp.feedbackRounds[0].sentOn = today
        _ = try store.save(dialogue, as: "lekplats-i-raa", over: try #require(loaded.version))
        let relisted = try tui.waitForLine("Lekplats i Råå", "! \(try #require(today.adding(days: -1))) Trygghetsv")
        #expect(!relisted.contains("Återkoppling"), "\(relisted)")
        try tui.send("q")
    }

    @Test func aFeedbackRoundSentIsNoLongerOverdue() throws {
        let folder = try Self.library(today: try Self.today(in: "Europe/Stockholm"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try DialogueStore(folder: folder)
        let loaded = try store.load("lekplats-i-raa")
        var dialogue = loaded.dialogue
        dialogue.followUp.feedbackRounds[0].sentOn = LocalDate("2020-02-01")
        dialogue.planning.activities.removeAll()
        _ = try store.save(dialogue, as: "lekplats-i-raa", over: try #require(loaded.version))
        let overdue = try TingBinary.run(
            ["list", "--overdue", "--dir", folder.path], environment: ["TZ": "Europe/Stockholm"])
        #expect(overdue.status == 0, "\(overdue.err)")
        #expect(overdue.out.isEmpty, "\(overdue.out)")
        let agenda = try TingBinary.run(["agenda", "--dir", folder.path], environment: ["TZ": "Europe/Stockholm"])
        #expect(agenda.out.hasPrefix("Inget är försenat och inget infaller de närmaste 30 dagarna."), "\(agenda.out)")
    }
}
