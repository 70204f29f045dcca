import Foundation
import Testing

@testable import DialogueKit

/// Every phase can be dated, also where the handbook's checklist has no date item (Vänersborg), and
/// activities belong to the phase they are held in.
@Suite struct PhaseDatesTests {
    let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC
    let vanersborg = BuiltInTemplates.all.first { $0.id == "vanersborg" }!
    let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!

    @Test func vanersborgsUndatedPhasesTakeDatesKeptInThePlanning() throws {
        var dialogue = Dialogue(template: vanersborg, title: "Parken", now: now)
        let slot = ScheduleSlot(phase: .decision, bound: .start)
        #expect(dialogue.scheduleItem(for: slot) == nil, "Vänersborg's checklist has no date for Inför beslut")
        let end = ScheduleSlot(phase: .decision, bound: .end)
        let setStart = dialogue.setPlannedDate(LocalDate("2026-03-02"), for: slot, at: now)
        let setEnd = dialogue.setPlannedDate(LocalDate("2026-04-30"), for: end, at: now)
        #expect(setStart && setEnd)
        #expect(dialogue.schedule(of: .decision).start == LocalDate("2026-03-02"))
        #expect(dialogue.schedule(of: .decision).end == LocalDate("2026-04-30"))
        #expect(
            dialogue.planning.phaseDates == [
                PhaseDates(phase: .decision, start: LocalDate("2026-03-02"), end: LocalDate("2026-04-30"))
            ])
        #expect(dialogue.phaseDeadlines.map(\.phase) == [.decision], "a planned end date can make a phase overdue")
        let again = dialogue.setPlannedDate(LocalDate("2026-04-30"), for: end, at: now)
        #expect(!again, "setting the same date changes nothing")
        let data = try DialogueCoding.encodeDialogue(dialogue)
        #expect(try DialogueCoding.decodeDialogue(from: data) == dialogue)
        dialogue.setPlannedDate(nil, for: slot, at: now)
        dialogue.setPlannedDate(nil, for: end, at: now)
        #expect(dialogue.planning.phaseDates.isEmpty, "a phase with no dates left is not kept")
    }

    /// The schedule, the deadlines and the warnings read a phase's dates one way: a hand-edited file
    /// that lists a phase twice gives the same date everywhere, and a date item outweighs the planning.
    @Test func everyReaderOfAPhasesDatesAgrees() throws {
        var dialogue = Dialogue(template: vanersborg, title: "Parken", now: now)
        dialogue.planning.phaseDates = [
            PhaseDates(phase: .decision, end: LocalDate("2026-04-30")),
            PhaseDates(phase: .decision, end: LocalDate("2026-05-31")),
        ]
        #expect(dialogue.schedule(of: .decision).end == LocalDate("2026-04-30"))
        #expect(dialogue.phaseDeadlines.map(\.end) == [LocalDate("2026-04-30")])
        let overdue = dialogue.scheduleWarnings(today: LocalDate("2026-05-15"))
        #expect(overdue.map(\.phase) == [.decision])

        var helsingborgs = Dialogue(template: helsingborg, title: "Torget", now: now)
        helsingborgs.planning.phaseDates = [PhaseDates(phase: .planning, end: LocalDate("2026-04-30"))]
        #expect(helsingborgs.schedule(of: .planning).end == nil, "the checklist's empty date item holds the end")
        #expect(helsingborgs.phaseDeadlines.isEmpty)
    }

    @Test func aPhaseWithADateItemIsDatedThroughTheItemOnly() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        let slot = ScheduleSlot(phase: .planning, bound: .start)
        #expect(dialogue.scheduleItem(for: slot)?.id == "planering.tidplan.planering-start")
        let set = dialogue.setPlannedDate(LocalDate("2026-03-02"), for: slot, at: now)
        #expect(!set, "the checklist's item holds this date")
        #expect(dialogue.planning.phaseDates.isEmpty)
    }

    @Test func aFileFromBeforePhaseDatesOpensWithoutThem() throws {
        let dialogue = Dialogue(template: vanersborg, title: "Parken", now: now)
        let data = try DialogueCoding.encodeDialogue(dialogue)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var planning = try #require(object["planning"] as? [String: Any])
        #expect(planning["phaseDates"] != nil)
        planning["phaseDates"] = nil
        object["planning"] = planning
        let old = try JSONSerialization.data(withJSONObject: object)
        #expect(!String(decoding: old, as: UTF8.self).contains("phaseDates"))
        let decoded = try DialogueCoding.decodeDialogue(from: old)
        #expect(decoded.planning.phaseDates.isEmpty)
        #expect(decoded.phases == dialogue.phases)
    }

    @Test func anActivityIsCheckedAgainstItsOwnPhase() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        for (id, date) in [
            "genomforande-start": "2026-05-01", "genomforande-slut": "2026-06-30",
            "aterkoppling-start": "2026-07-01", "aterkoppling-slut": "2026-08-31",
        ] {
            try dialogue.apply(.date(LocalDate(date)), to: "planering.tidplan.\(id)", by: "test", at: now)
        }
        dialogue.planning.activities = [
            Activity(id: "a1", title: "Återkopplingsmöte", date: LocalDate("2026-08-20"), phase: .feedback)
        ]
        #expect(dialogue.scheduleWarnings(today: nil).isEmpty, "a feedback meeting in Återkoppling is no warning")
        dialogue.planning.activities[0].phase = nil
        let warning = try #require(dialogue.scheduleWarnings(today: nil).first)
        #expect(warning.phase == .implementation, "an activity without a phase is held in Genomförande")
        dialogue.planning.activities[0].phase = .feedback
        dialogue.planning.activities[0].date = LocalDate("2026-09-15")
        let late = try #require(dialogue.scheduleWarnings(today: nil).first)
        #expect(late.phase == .feedback)
        #expect(
            late.text
                == "Aktiviteten ”Återkopplingsmöte” den 2026-09-15 ligger utanför Återkoppling "
                + "(2026-07-01 – 2026-08-31); flytta aktiviteten eller ändra fasens datum.")
    }
}
