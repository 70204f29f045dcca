import Foundation
import Testing

@testable import DialogueKit

/// The schedule's warnings (end before start, phases out of order, activities outside Genomförande)
/// and overdue phases.
@Suite struct ScheduleWarningsTests {
    /// A dialogue whose Planering has a start and end date item for every phase.
    private func dialogue(_ dates: [Phase: (String?, String?)]) throws -> Dialogue {
        var dialogue = StoreFixtures.dialogue("Tidplan")
        for phase in Phase.allCases {
            for bound in [ScheduleSlot.Bound.start, .end] {
                dialogue.phases[1].items.append(
                    ChecklistItem(
                        id: "datum.\(phase.rawValue).\(bound.rawValue)", kind: .date, text: "Datum",
                        schedule: ScheduleSlot(phase: phase, bound: bound)))
            }
        }
        dialogue.phases[1].items.removeAll { $0.id == "planering.start" }
        for (phase, (start, end)) in dates {
            for (bound, text) in [("start", start), ("end", end)] {
                guard let text else { continue }
                try dialogue.apply(
                    .date(LocalDate(text)), to: "datum.\(phase.rawValue).\(bound)", by: "test", at: StoreFixtures.now)
            }
        }
        return dialogue
    }

    @Test func anOrderlyScheduleHasNoWarnings() throws {
        let d = try dialogue([
            .decision: ("2025-01-01", "2025-01-31"), .planning: ("2025-02-01", "2025-03-31"),
            .implementation: ("2025-04-01", nil), .evaluation: (nil, "2025-09-30"),
        ])
        #expect(ScheduleWarnings.of(d).isEmpty)
    }

    @Test func endBeforeStartAndPhasesOutOfOrderAreWarned() throws {
        let d = try dialogue([
            .decision: ("2025-02-01", "2025-01-15"), .planning: ("2025-03-01", "2025-04-30"),
            .implementation: ("2025-04-01", "2025-05-31"),
        ])
        #expect(
            ScheduleWarnings.of(d) == [
                .endBeforeStart(.decision), .outOfOrder(.implementation, after: .planning),
            ])
    }

    @Test func activitiesOutsideGenomforandeAreWarnedAndUndatedOnesAreNot() throws {
        var d = try dialogue([.implementation: ("2025-04-01", "2025-05-31")])
        d.planning.activities = [
            Activity(id: "a1", title: "För tidigt", date: LocalDate("2025-03-31")),
            Activity(id: "a2", title: "I tid", date: LocalDate("2025-04-01")),
            Activity(id: "a3", title: "För sent", date: LocalDate("2025-06-01")),
            Activity(id: "a4", title: "Utan datum"),
        ]
        #expect(
            ScheduleWarnings.of(d) == [
                .activityOutsideImplementation(activityID: "a1"), .activityOutsideImplementation(activityID: "a3"),
            ])
    }

    @Test func aPhaseIsOverdueOnlyAfterItsEndAndWhileIncomplete() throws {
        var d = try dialogue([.implementation: ("2025-04-01", "2025-05-31")])
        let today = try #require(LocalDate("2025-06-01"))
        #expect(ScheduleWarnings.isOverdue(.implementation, in: d, today: today))
        #expect(!ScheduleWarnings.isOverdue(.implementation, in: d, today: try #require(LocalDate("2025-05-31"))))
        #expect(!ScheduleWarnings.isOverdue(.feedback, in: d, today: today), "no end date, never overdue")
        try d.apply(.done(true), to: "genomforande.mote", by: "test", at: StoreFixtures.now)
        #expect(!ScheduleWarnings.isOverdue(.implementation, in: d, today: today))
    }
}
