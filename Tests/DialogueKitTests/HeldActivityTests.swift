import Foundation
import Testing

@testable import DialogueKit

/// An activity as a held event: kind, time span, status, agenda, run sheet, attendance, notes and links.
@Suite struct HeldActivityTests {
    private let now = StoreFixtures.now

    @Test func aNewActivityHasItsKindTimesAndTheStandardRunSheet() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let id = dialogue.addActivity(
            title: "Dialogcafé i biblioteket", kind: "dialogcafé", date: LocalDate("2025-04-03"),
            start: ClockTime("18.00"), end: ClockTime("20:30"), place: "Biblioteket", by: "anna", at: now)
        let activity = try #require(dialogue.activity(id))
        #expect(activity.kind == "dialogcafé" && activity.status == .planned && activity.place == "Biblioteket")
        #expect(activity.timeText == "18.00–20.30")
        #expect(activity.runSheet == RunSheetItem.defaults)
        #expect(RunSheetItem.defaults.contains { $0.text.contains("hörslinga") })
        #expect(ActivityKind.standard(id: activity.kind)?.title == "Dialogcafé")
        #expect(dialogue.modifiedBy == "anna")
    }

    @Test func clockTimesParseBothSeparatorsAndRefuseNonsense() {
        #expect(ClockTime("9.05")?.description == "09:05")
        #expect(ClockTime(" 23:59 ") == ClockTime(hour: 23, minute: 59))
        for bad in ["24:00", "12:60", "1200", "12:5", "١٢:٠٠", "", "12:00:00"] {
            #expect(ClockTime(bad) == nil, "\(bad)")
        }
        #expect(ClockTime.span("18.00–20.00").map { "\($0.start)-\($0.end!)" } == "18:00-20:00")
        #expect(ClockTime.span("kvällen") == nil)
    }

    @Test func statusAgendaAndRunSheetAreEditedById() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let id = dialogue.addActivity(title: "Workshop", kind: "workshop", date: nil, by: "anna", at: now)
        #expect(try dialogue.setStatus(.held, ofActivity: id, by: "anna", at: now))
        #expect(ActivityStatus(word: "Genomförd") == .held && ActivityStatus.held.title == "genomförd")
        let p1 = try dialogue.addAgendaPoint(
            title: "Välkomna", minutes: 10, leader: "Anna", toActivity: id, by: "anna", at: now)
        let p2 = try dialogue.addAgendaPoint(title: "Grupparbete", minutes: 45, toActivity: id, by: "anna", at: now)
        #expect((p1, p2) == ("p1", "p2"))
        #expect(try dialogue.moveAgendaPoint(p2, by: -1, inActivity: id, actor: "anna", at: now))
        #expect(dialogue.activity(id)?.agenda.map(\.id) == ["p2", "p1"])
        #expect(dialogue.activity(id)?.agendaMinutes == 55)
        var point = try #require(dialogue.activity(id)?.agenda.last)
        point.minutes = 15
        #expect(try dialogue.updateAgendaPoint(point, inActivity: id, by: "anna", at: now))
        #expect(try dialogue.removeAgendaPoint(p2, fromActivity: id, by: "anna", at: now))
        #expect(
            dialogue.activity(id)?.agenda == [AgendaPoint(id: "p1", title: "Välkomna", minutes: 15, leader: "Anna")])
        #expect(throws: DialogueError.noSuchAgendaPoint("p2", activity: id)) {
            try dialogue.removeAgendaPoint(p2, fromActivity: id, by: "anna", at: now)
        }
        #expect(try dialogue.setRunSheetItem("k3", done: true, inActivity: id, by: "anna", at: now))
        #expect(try !dialogue.setRunSheetItem("k3", done: true, inActivity: id, by: "anna", at: now))
        let extra = try dialogue.addRunSheetItem("Skyltar till entrén", toActivity: id, by: "anna", at: now)
        #expect(extra == "k\(RunSheetItem.defaults.count + 1)")
        #expect(try dialogue.removeRunSheetItem("k1", fromActivity: id, by: "anna", at: now))
        #expect(dialogue.activity(id)?.runSheet.first { $0.id == "k3" }?.isDone == true)
        #expect(throws: DialogueError.noSuchRunSheetItem("k1", activity: id)) {
            try dialogue.setRunSheetItem("k1", done: true, inActivity: id, by: "anna", at: now)
        }
        #expect(throws: DialogueError.noSuchActivity("a9")) {
            try dialogue.setStatus(.held, ofActivity: "a9", by: "anna", at: now)
        }
    }

    @Test func attendanceIsCountedPerGroupAndNeverBelowZero() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let id = dialogue.addActivity(title: "Möte", kind: "möte", date: nil, by: "anna", at: now)
        let group = dialogue.addTargetGroup(name: "Unga", affected: .high, activity: .low, at: now)
        #expect(try dialogue.adjustAttendance(ofActivity: id, step: 1, by: "anna", at: now) == 1)
        #expect(try dialogue.adjustAttendance(ofActivity: id, step: -1, by: "anna", at: now) == 0)
        #expect(try dialogue.adjustAttendance(ofActivity: id, step: -1, by: "anna", at: now) == 0)
        #expect(try dialogue.adjustAttendance(.group(group), ofActivity: id, step: 1, by: "anna", at: now) == 1)
        #expect(try dialogue.setAttendance(24, ofActivity: id, by: "anna", at: now))
        #expect(try dialogue.setAttendance(-3, for: .ageBand("65+"), ofActivity: id, by: "anna", at: now))
        #expect(try dialogue.setAttendance(7, for: .gender("kvinna"), ofActivity: id, by: "anna", at: now))
        #expect(throws: DialogueError.noSuchTargetGroup("g9")) {
            try dialogue.setAttendance(3, for: .group("g9"), ofActivity: id, by: "anna", at: now)
        }
        let attendance = try #require(dialogue.activity(id)?.attendance)
        #expect(
            attendance == Attendance(total: 24, byGroup: [group: 1], byAgeBand: ["65+": 0], byGender: ["kvinna": 7]))
        #expect(try dialogue.setAttendance(nil, ofActivity: id, by: "anna", at: now))
        #expect(dialogue.activity(id)?.attendance.total == nil)
    }

    @Test func notesDocumentationAndOrganisationsAreKeptOnce() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let id = dialogue.addActivity(title: "Möte", kind: "möte", date: nil, by: "anna", at: now)
        #expect(try dialogue.setNotes("Ett 30-tal kom; mycket om belysning.", ofActivity: id, by: "anna", at: now))
        #expect(try dialogue.addDocumentation("bilder/blädderblock-1.jpg", toActivity: id, by: "anna", at: now))
        #expect(try !dialogue.addDocumentation("bilder/blädderblock-1.jpg", toActivity: id, by: "anna", at: now))
        #expect(try dialogue.addOrganisation("Hyresgästföreningen", toActivity: id, by: "anna", at: now))
        let activity = try #require(dialogue.activity(id))
        #expect(activity.notes.hasPrefix("Ett 30-tal"))
        #expect(
            activity.documentation == ["bilder/blädderblock-1.jpg"] && activity.organisations == ["Hyresgästföreningen"]
        )
    }

    @Test func everyStandardKindNamesMethodCardsTheCatalogueHas() throws {
        let known = Set(MethodCatalog.builtIn.map(\.id))
        for kind in ActivityKind.standard {
            for method in kind.methods { #expect(known.contains(method), "\(kind.id): \(method)") }
        }
        #expect(ActivityKind.standard(forMethod: "dialogcafe")?.id == "dialogcafé")
    }
}
