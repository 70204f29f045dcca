import DialogueKit
import Foundation
import Testing

/// `Planning.warnings` and `Dialogue.scheduleWarnings(today:)`: each warning appears when its gap
/// is there and goes away when the gap is filled.
@Suite struct PlanningWarningTests {
    let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC
    let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!

    /// A priority-1 group with everything the warnings ask for.
    static func reachedGroup() -> TargetGroup {
        TargetGroup(
            id: "g1", name: "Unga i Drottninghög", affected: .high, activity: .low, hardToReach: true,
            barriers: ["bristande tillit"], channels: ["SMS"], measures: ["förmöten"])
    }

    /// The dialogue with the schedule dates given as `(phase, start, end)` strings.
    func dialogue(dates: [String: String] = [:]) throws -> Dialogue {
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        for (id, date) in dates {
            try dialogue.apply(.date(LocalDate(date)), to: "planering.tidplan.\(id)", by: "test", at: now)
        }
        return dialogue
    }

    @Test func noGroupInThePriorityQuadrantWarnsUntilOneIsThere() {
        var planning = Planning()
        #expect(planning.warnings == [.noPriorityGroup])
        planning.targetGroups = [
            TargetGroup(id: "g1", name: "Föreningar", affected: .high, activity: .high, channels: ["annonser"])
        ]
        #expect(planning.warnings == [.noPriorityGroup])
        planning.targetGroups.append(Self.reachedGroup())
        #expect(planning.warnings.isEmpty)
    }

    @Test func aPriorityGroupWithoutChannelOrMeasureIsNamed() {
        var group = Self.reachedGroup()
        group.channels = []
        group.measures = []
        var planning = Planning(targetGroups: [group])
        #expect(
            planning.warnings == [
                .priorityGroupWithoutChannel(groupID: "g1", name: "Unga i Drottninghög"),
                .priorityGroupWithoutMeasure(groupID: "g1", name: "Unga i Drottninghög"),
            ])
        #expect(planning.warnings.allSatisfy { $0.text.contains("”Unga i Drottninghög”") && $0.groupID == "g1" })
        planning.targetGroups[0].channels = ["direkt kontakt"]
        #expect(planning.warnings == [.priorityGroupWithoutMeasure(groupID: "g1", name: "Unga i Drottninghög")])
        planning.targetGroups[0].measures = ["tolkning"]
        #expect(planning.warnings.isEmpty)
    }

    @Test func aGroupOutsideThePriorityQuadrantNeedsNoChannel() {
        let other = TargetGroup(id: "g2", name: "Pendlare", affected: .low, activity: .high)
        #expect(Planning(targetGroups: [Self.reachedGroup(), other]).warnings.isEmpty)
    }

    @Test func aHardToReachGroupWithoutBarriersWarnsInAnyQuadrant() {
        var other = TargetGroup(id: "g2", name: "Pendlare", affected: .low, activity: .low, hardToReach: true)
        var planning = Planning(targetGroups: [Self.reachedGroup(), other])
        #expect(planning.warnings == [.hardToReachWithoutBarriers(groupID: "g2", name: "Pendlare")])
        #expect(planning.warnings[0].text.hasPrefix("Målgruppen ”Pendlare” är svår att nå men har inga trösklar"))
        other.barriers = ["fysiska hinder"]
        planning.targetGroups[1] = other
        #expect(planning.warnings.isEmpty)
    }

    @Test func aPhaseEndingBeforeItStartsWarnsWithItsDates() throws {
        var dialogue = try dialogue(dates: ["planering-start": "2026-04-01", "planering-slut": "2026-03-01"])
        let warnings = dialogue.scheduleWarnings(today: nil)
        #expect(
            warnings == [
                .phaseEndsBeforeStart(
                    .planning, title: "Planering", start: LocalDate("2026-04-01")!, end: LocalDate("2026-03-01")!)
            ])
        #expect(warnings.first?.text == "Fasen Planering slutar 2026-03-01, före sin start 2026-04-01; rätta datumen.")
        try dialogue.apply(
            .date(LocalDate("2026-05-01")), to: "planering.tidplan.planering-slut", by: "test", at: now)
        #expect(dialogue.scheduleWarnings(today: nil).isEmpty)
    }

    @Test func aPhaseDatedBeforeThePreviousPhaseWarns() throws {
        var dialogue = try dialogue(dates: [
            "beslut-start": "2026-01-01", "beslut-slut": "2026-02-01", "genomforande-start": "2026-01-15",
        ])
        #expect(
            dialogue.scheduleWarnings(today: nil) == [
                .phaseBeforePrevious(
                    .implementation, title: "Genomförande", date: LocalDate("2026-01-15")!, previous: .decision,
                    previousTitle: "Beslut", previousDate: LocalDate("2026-02-01")!)
            ])
        try dialogue.apply(
            .date(LocalDate("2026-02-01")), to: "planering.tidplan.genomforande-start", by: "test", at: now)
        #expect(dialogue.scheduleWarnings(today: nil).isEmpty, "starting the day the previous phase ends is fine")
    }

    @Test func anActivityOutsideGenomforandeWarns() throws {
        var dialogue = try dialogue(dates: ["genomforande-start": "2026-05-01", "genomforande-slut": "2026-06-30"])
        dialogue.planning.activities = [
            Activity(id: "a1", title: "Dialogmöte", date: LocalDate("2026-07-02")),
            Activity(id: "a2", title: "Utan datum"),
            Activity(id: "a3", title: "Promenad", date: LocalDate("2026-06-30")),
        ]
        let warnings = dialogue.scheduleWarnings(today: nil)
        #expect(warnings.map(\.code) == ["activityOutsidePhase"])
        #expect(
            warnings.first?.text
                == "Aktiviteten ”Dialogmöte” den 2026-07-02 ligger utanför Genomförande (2026-05-01 – 2026-06-30); "
                + "flytta aktiviteten eller ändra fasens datum.")
        dialogue.planning.activities[0].date = LocalDate("2026-05-01")
        #expect(dialogue.scheduleWarnings(today: nil).isEmpty)
    }

    @Test func activitiesAreNotCheckedWhileGenomforandeHasNoDates() throws {
        var dialogue = try dialogue()
        dialogue.planning.activities = [Activity(id: "a1", title: "Dialogmöte", date: LocalDate("2020-01-01"))]
        #expect(dialogue.scheduleWarnings(today: nil).isEmpty)
    }

    @Test func aPhasePastItsEndWithOpenItemsIsOverdueUntilItIsDone() throws {
        var dialogue = try dialogue(dates: ["beslut-slut": "2026-02-01"])
        let day = LocalDate("2026-02-01")!
        let dayAfter = LocalDate("2026-02-02")!
        #expect(dialogue.overduePhases(today: day).isEmpty)
        #expect(dialogue.overduePhases(today: dayAfter) == [.decision])
        let warning = try #require(dialogue.scheduleWarnings(today: dayAfter).first)
        #expect(warning.phase == .decision)
        #expect(warning.text.hasPrefix("Fasen Beslut skulle vara klar 2026-02-01 men "))
        #expect(dialogue.scheduleWarnings(today: nil).isEmpty)
        for item in dialogue.checklist(.decision)?.items ?? [] {
            let edit: ItemEdit =
                switch item.kind {
                case .gate: .answer(.yes)
                case .check: .done(true)
                case .question: .response("Klart.")
                case .date: .date(day)
                case .level: .response(dialogue.levels[0].id)
                }
            try dialogue.apply(edit, to: item.id, by: "test", at: now)
        }
        #expect(dialogue.overduePhases(today: dayAfter).isEmpty)
    }

    @Test func theDialogueGathersGroupAndScheduleWarnings() throws {
        let dialogue = try dialogue(dates: ["planering-start": "2026-04-01", "planering-slut": "2026-03-01"])
        #expect(dialogue.planningWarnings(today: nil).map(\.code) == ["noPriorityGroup", "phaseEndsBeforeStart"])
    }
}
