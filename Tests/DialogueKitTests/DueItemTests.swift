import Foundation
import Testing

@testable import DialogueKit

/// `Dialogue.dueItems` and `nextDue`: each kind of thing due, when it is overdue, and what is not due.
@Suite struct DueItemTests {
    let now = StoreFixtures.now

    func date(_ text: String) -> LocalDate { LocalDate(text)! }

    /// The test template's dialogue with Genomförande ending on `end`.
    func dialogue(implementationEnds end: String? = nil) -> Dialogue {
        var dialogue = StoreFixtures.dialogue("Parken")
        if let end {
            dialogue.setPlannedDate(date(end), for: ScheduleSlot(phase: .implementation, bound: .end), at: now)
        }
        return dialogue
    }

    @Test func aNewDialogueWithoutDatesHasNothingDue() {
        #expect(dialogue().dueItems.isEmpty)
        #expect(dialogue().nextDue == nil)
    }

    @Test func anIncompletePhaseIsDueOnItsLastDayAndOverdueTheDayAfter() throws {
        let dialogue = dialogue(implementationEnds: "2026-03-01")
        let item = try #require(dialogue.nextDue)
        #expect(
            item
                == DueItem(
                    kind: .phaseEnd, date: date("2026-03-01"), reference: "implementation", words: "Genomförande slutar"
                ))
        #expect(!item.isOverdue(today: date("2026-02-28")))
        #expect(!item.isOverdue(today: date("2026-03-01")), "its last day is not yet overdue")
        #expect(item.isOverdue(today: date("2026-03-02")))
        #expect(dialogue.overduePhases(today: date("2026-03-02")) == [.implementation], "the same day as the warning")
    }

    @Test func aCompletePhaseIsNotDue() throws {
        var dialogue = dialogue(implementationEnds: "2026-03-01")
        try dialogue.apply(.done(true), to: "genomforande.mote", by: "anna", at: now)
        #expect(dialogue.dueItems.isEmpty)
    }

    @Test func aPhaseEndFromAChecklistDateItemIsDueInTheHandbooksWords() throws {
        let helsingborg = try #require(BuiltInTemplates.all.first { $0.id == "helsingborg" })
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        try dialogue.apply(.date(date("2026-04-30")), to: "planering.tidplan.planering-slut", by: "anna", at: now)
        #expect(dialogue.dueItems.map(\.words) == ["\(dialogue.title(of: .planning)) slutar"])
        #expect(dialogue.dueItems.map(\.reference) == ["planning"])
    }

    @Test func onlyPlannedActivitiesWithADateAreDue() throws {
        var dialogue = dialogue()
        let workshop = dialogue.addActivity(title: "Workshop med föräldrar", at: now)
        let undated = dialogue.addActivity(title: "Enkät", at: now)
        let held = dialogue.addActivity(title: "Dialogmöte", at: now)
        let cancelled = dialogue.addActivity(title: "Vandring", at: now)
        let untitled = dialogue.addActivity(title: "  ", at: now)
        for (id, day, status) in [
            (workshop, "2026-03-10", ActivityStatus.planned), (held, "2026-03-01", .held),
            (cancelled, "2026-03-02", .cancelled), (untitled, "2026-03-11", .planned),
        ] {
            var activity = try #require(dialogue.planning.activities.first { $0.id == id })
            activity.date = date(day)
            activity.status = status
            dialogue.updateActivity(activity, at: now)
        }
        #expect(dialogue.planning.activities.contains { $0.id == undated })
        #expect(
            dialogue.dueItems == [
                DueItem(
                    kind: .activity, date: date("2026-03-10"), reference: workshop, words: "Workshop med föräldrar"),
                DueItem(kind: .activity, date: date("2026-03-11"), reference: untitled, words: "Aktivitet utan namn"),
            ])
        #expect(dialogue.dueItems[0].isOverdue(today: date("2026-03-11")))
        #expect(!dialogue.dueItems[0].isOverdue(today: date("2026-03-10")))
    }

    @Test func aFeedbackRoundIsDueUntilItIsSent() throws {
        var dialogue = dialogue()
        dialogue.followUp.feedbackRounds = [
            FeedbackRound(id: "a1", audience: "deltagarna", plannedOn: date("2026-05-01")),
            FeedbackRound(id: "a2", audience: "invanarna", plannedOn: date("2026-04-01"), sentOn: date("2026-04-02")),
            FeedbackRound(id: "a3", audience: "beslutsfattarna"),
            FeedbackRound(id: "a4", audience: "foreningar", plannedOn: date("2026-06-01")),
        ]
        dialogue.followUp.audiences.append(FeedbackAudience(id: "foreningar", name: "SFI-elever"))
        #expect(
            dialogue.dueItems == [
                DueItem(
                    kind: .feedback, date: date("2026-05-01"), reference: "a1", words: "Återkoppling till deltagarna"),
                DueItem(
                    kind: .feedback, date: date("2026-06-01"), reference: "a4", words: "Återkoppling till SFI-elever"),
            ])
        #expect(!dialogue.dueItems[0].isOverdue(today: date("2026-05-01")))
        #expect(dialogue.dueItems[0].isOverdue(today: date("2026-05-02")))
        dialogue.followUp.feedbackRounds[0].sentOn = date("2026-05-03")
        #expect(dialogue.dueItems.map(\.reference) == ["a4"], "a round sent late is no longer due")
    }

    @Test func vanersborgsPublicationsAreDueWhenTheirPhaseIsDatedAndUntilPublished() throws {
        let vanersborg = try #require(BuiltInTemplates.all.first { $0.id == "vanersborg" })
        var dialogue = Dialogue(template: vanersborg, title: "Parken", now: now)
        #expect(dialogue.dueItems.isEmpty, "no dates, nothing due")
        try dialogue.apply(.date(date("2026-04-01")), to: "genomforande.tidpunkt-start", by: "anna", at: now)
        try dialogue.apply(.date(date("2026-09-30")), to: "genomforande.tidplan-slut", by: "anna", at: now)
        let publications = dialogue.dueItems.filter { $0.kind == .publication }
        #expect(
            publications == [
                DueItem(
                    kind: .publication, date: date("2026-04-01"), reference: "fore",
                    words: "Publicering på hemsidan före dialogen"),
                DueItem(
                    kind: .publication, date: date("2026-09-30"), reference: "efter",
                    words: "Publicering av resultatet på hemsidan"),
            ])
        dialogue.followUp.publications = [Publication(moment: .before, publishedOn: date("2026-03-20"))]
        #expect(dialogue.dueItems.filter { $0.kind == .publication }.map(\.reference) == ["efter"])
    }

    @Test func theBeforeTextsAreDueByTheFirstActivityWhenGenomforandeHasNoStart() throws {
        var dialogue = dialogue()
        #expect(!dialogue.dueItems.contains { $0.kind == .publication }, "the test handbook does not publish")
        dialogue.followUp.publications = [Publication(moment: .before)]
        let id = dialogue.addActivity(title: "Öppet hus", at: now)
        var activity = try #require(dialogue.planning.activities.first { $0.id == id })
        activity.date = date("2026-04-15")
        dialogue.updateActivity(activity, at: now)
        #expect(dialogue.dueItems.map(\.kind) == [.activity, .publication])
        #expect(dialogue.dueItems.map(\.date) == [date("2026-04-15"), date("2026-04-15")])
    }

    @Test func theNextThingDueIsTheMostOverdueThenTheSoonest() throws {
        var dialogue = dialogue(implementationEnds: "2026-03-01")
        dialogue.followUp.feedbackRounds = [
            FeedbackRound(id: "a1", audience: "deltagarna", plannedOn: date("2026-02-01")),
            FeedbackRound(id: "a2", audience: "invanarna", plannedOn: date("2026-01-15")),
        ]
        #expect(dialogue.dueItems.map(\.reference) == ["a2", "a1", "implementation"])
        #expect(dialogue.nextDue?.reference == "a2")
        let summary = DialogueSummary(stem: "parken", dialogue: dialogue, isReadOnly: false)
        #expect(summary.due == dialogue.dueItems)
        #expect(summary.nextDue?.reference == "a2")
        #expect(summary.due.overdue(today: date("2026-02-02")).map(\.reference) == ["a2", "a1"])
        #expect(summary.overduePhases(today: date("2026-02-02")).isEmpty)
        #expect(summary.overduePhases(today: date("2026-03-02")) == [.implementation])
    }

    @Test func aLongTitleIsCutInTheSummary() throws {
        var dialogue = dialogue()
        let id = dialogue.addActivity(title: String(repeating: "å", count: 1_000), at: now)
        var activity = try #require(dialogue.planning.activities.first { $0.id == id })
        activity.date = date("2026-04-15")
        dialogue.updateActivity(activity, at: now)
        let summary = DialogueSummary(stem: "parken", dialogue: dialogue, isReadOnly: false)
        #expect(summary.due.first.map { $0.words.count <= DialogueSummary.maximumTextLength + 1 } == true)
    }
}
