import Foundation
import Testing

@testable import DialogueKit

/// `ting show` and `--json` with activities as held events, attendance and the inputs; never the contacts.
@Suite struct ReportInputsTests {
    private let now = StoreFixtures.now

    private func heldMeeting() throws -> Dialogue {
        var dialogue = StoreFixtures.dialogue("Parken")
        let group = dialogue.addTargetGroup(name: "Unga", affected: .high, activity: .low, at: now)
        let id = dialogue.addActivity(
            title: "Dialogmöte i skolan", kind: "möte", date: LocalDate("2025-03-01"), start: ClockTime("18.00"),
            end: ClockTime("20.00"), place: "Aulan", by: "anna", at: now)
        try dialogue.addAgendaPoint(title: "Välkomna", minutes: 10, leader: "Anna", toActivity: id, by: "anna", at: now)
        try dialogue.setRunSheetItem("k3", done: true, inActivity: id, by: "anna", at: now)
        try dialogue.setStatus(.held, ofActivity: id, by: "anna", at: now)
        try dialogue.setAttendance(31, ofActivity: id, by: "anna", at: now)
        try dialogue.setAttendance(12, for: .group(group), ofActivity: id, by: "anna", at: now)
        try dialogue.setNotes("Mycket om belysningen.", ofActivity: id, by: "anna", at: now)
        try dialogue.addInput(
            text: "Fler lampor vid gångvägen", activity: id, agendaPoint: "p1", category: "forslag", tags: ["ljus"],
            group: group, source: .oral, by: "anna", at: now)
        try dialogue.addInput(text: "Eva, 070-123", activity: id, by: "anna", at: now)
        try dialogue.hideInput("i2", reason: "Personuppgifter", by: "anna", at: now)
        try dialogue.addContact(
            name: "Eva Ek", contact: "eva@example.se", consent: true, purpose: "Återkoppling",
            retainUntil: #require(LocalDate("2025-12-31")), by: "anna", at: now)
        return dialogue
    }

    @Test func theTextReportShowsTheHeldActivityItsAttendanceAndEveryInput() throws {
        let text = DialogueReport.text(try heldMeeting(), today: nil, timeZone: .gmt)
        for expected in [
            "Slag: Dialogmöte", "Status: genomförd", "När: 2025-03-01 18.00–20.00", "Agenda (10 min):",
            "p1 Välkomna (10 min, Anna)", "[x] Mikrofon och hörslinga fungerar", "Närvaro: 31",
            "Närvaro per målgrupp: Unga 12", "Anteckningar: Mycket om belysningen.",
            "Underlag (2 inspel, 1 dolt)", "Per kategori: Teman 0, Konkreta förslag 1",
            "i1    Fler lampor vid gångvägen",
            "Dialogmöte i skolan · Välkomna · 2025-03-01 09:30, anna · Konkreta\n        förslag · #ljus · Unga · muntligt",
            "Dold: Personuppgifter (anna)",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("Eva Ek") && !text.contains("eva@example.se"))
    }

    @Test func theJSONCarriesInputsCountsAndActivitiesButNoContacts() throws {
        let data = try DialogueReport.json(try heldMeeting())
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["id"] as? String } == ["i1", "i2"])
        #expect((inputs[1]["hidden"] as? [String: Any])?["reason"] as? String == "Personuppgifter")
        let counts = try #require(json["inputCounts"] as? [String: Any])
        #expect(counts["total"] as? Int == 2 && counts["hidden"] as? Int == 1)
        let activity = try #require(
            ((json["dialogue"] as? [String: Any])?["planning"] as? [String: Any])?["activities"] as? [[String: Any]])
        #expect((activity.first?["attendance"] as? [String: Any])?["total"] as? Int == 31)
        #expect(!String(decoding: data, as: UTF8.self).contains("Eva Ek"))
    }
}
