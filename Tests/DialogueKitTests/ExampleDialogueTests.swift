import DialogueKit
import Foundation
import Testing

/// `ExampleDialogue`: a realistic filled-in plan for a new user, made through the real edit path.
@Suite struct ExampleDialogueTests {
    let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC
    let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!

    @Test func isAFilledInPlanMidwayThroughFeedback() throws {
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        #expect(dialogue.title == ExampleDialogue.title)
        for field in [dialogue.question, dialogue.purpose, dialogue.committee, dialogue.administration] {
            #expect(field.count > 10)
        }
        #expect(dialogue.caseNumber == "SBN 2026/0421")
        #expect(dialogue.gateResult == .passed)
        #expect(dialogue.influenceLevel?.id == "delaktighet")
        #expect(dialogue.currentPhase == .feedback)
        #expect(dialogue.allItems.filter { $0.kind == .check && $0.done == true }.count == 2)
        #expect(dialogue.allItems.filter { $0.kind == .question && $0.isComplete }.count == 17)
        let today = LocalDate(now, calendar: .swedish)
        let (start, _) = dialogue.schedule(of: .decision)
        let (_, end) = dialogue.schedule(of: .evaluation)
        #expect(try #require(start) < today)
        #expect(today < (try #require(end)))
    }

    @Test func everyAnswerWentThroughTheEditPath() {
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        let changed = dialogue.allItems.filter { $0.lastChange != nil }
        let answered = changed.filter(\.isComplete)
        #expect(answered.count == 35)
        #expect(changed.allSatisfy { $0.lastChange == ItemChange(by: ExampleDialogue.actor, at: now) })
        #expect(dialogue.allItems.filter(\.isComplete).count == answered.count)
        let assigned = changed.filter { !$0.isComplete }
        #expect(assigned.map(\.id) == ["aterkoppling.till-deltagare-och-beslutsfattare", "utvardering.vad-och-hur"])
        #expect(assigned.allSatisfy { $0.assignee.flatMap(dialogue.person(id:)) != nil }, "open steps have an owner")
        #expect(dialogue.modifiedAt == now)
    }

    @Test func everyPlanningPanelIsFilledInAsTheAnswersDescribe() throws {
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        let planning = dialogue.planning
        #expect(planning.targetGroups.count == 6)
        #expect(planning.targetGroups.filter { $0.priority == 1 }.count == 4, "barn, unga and föräldrar come first")
        #expect(planning.targetGroups.contains { $0.hardToReach && $0.barriers.contains("språkförbistringar") })
        #expect(Set(planning.goals.map(\.kind)) == Set(GoalKind.allCases))
        #expect(planning.goals.allSatisfy { !$0.goal.isEmpty && !$0.indicators.isEmpty && !$0.dataCollection.isEmpty })
        #expect(
            planning.activities.filter { $0.heldIn == .implementation }.count == 4, "three workshops and a play day")
        #expect(planning.activities.contains { $0.heldIn == .feedback })
        #expect(planning.activities.allSatisfy { $0.date != nil && !$0.place.isEmpty })
        #expect(planning.people.map(\.name).contains(ExampleDialogue.actor))
        #expect(planning.people.contains { $0.role == .elected && !$0.participation.isEmpty }, "the presidium listens")
        #expect(planning.responsibility.facilitation == .internal)
        #expect(planning.responsibility.questionOwner == dialogue.committee)
        #expect(planning.risks.count == 4)
        #expect(planning.risks.allSatisfy { $0.likelihood != nil && $0.consequence != nil && !$0.mitigation.isEmpty })
        #expect(planning.sideIssues.allSatisfy { !$0.passedTo.isEmpty && $0.date != nil })
        // The plan itself; what feedback still owes residents is the follow-up's to say.
        let planWarnings = dialogue.planningWarnings(today: LocalDate(now, calendar: .swedish)).filter {
            $0.phase != .feedback
        }
        #expect(planWarnings.isEmpty, "a plan to learn from has no gaps: \(planWarnings.map(\.text))")
    }

    @Test func theParentsWorkshopIsHeldWithEverythingAFacilitatorRecords() throws {
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        let workshop = try #require(dialogue.planning.activities.first { $0.title == ExampleDialogue.heldWorkshop })
        #expect(workshop.status == .held)
        #expect(workshop.kind == "workshop")
        #expect(workshop.timeText == "18.00–19.30")
        #expect(!workshop.place.isEmpty)
        #expect((3...4).contains(workshop.agenda.count))
        #expect(workshop.agenda.allSatisfy { $0.minutes != nil && !$0.leader.isEmpty })
        let ticked = workshop.runSheet.filter(\.isDone).count
        #expect(
            workshop.runSheet.count == RunSheetItem.defaults.count && ticked > 0 && ticked < workshop.runSheet.count)
        #expect(workshop.attendance.total == 22)
        #expect(!workshop.attendance.byGroup.isEmpty)
        #expect(
            workshop.attendance.byGroup.keys.allSatisfy { id in dialogue.planning.targetGroups.contains { $0.id == id }
            })
        #expect(!workshop.notes.isEmpty && !workshop.documentation.isEmpty && !workshop.organisations.isEmpty)

        #expect(dialogue.inputs.count == 12)
        #expect(dialogue.inputs.allSatisfy { $0.activity == workshop.id && $0.category != nil && !$0.tags.isEmpty })
        #expect(Set(dialogue.inputs.compactMap(\.category)) == Set(dialogue.inputCategories.map(\.id)))
        #expect(dialogue.inputs.contains { $0.group != nil } && dialogue.inputs.contains { $0.group == nil })
        #expect(dialogue.inputs.allSatisfy { input in workshop.agenda.contains { $0.id == input.agendaPoint } })
        let day = try #require(workshop.date)
        #expect(dialogue.inputs.allSatisfy { LocalDate($0.capturedAt, calendar: .swedish) == day })
        #expect(dialogue.inputs.map(\.capturedAt) == dialogue.inputs.map(\.capturedAt).sorted())

        let today = LocalDate(now, calendar: .swedish)
        let ahead = dialogue.planning.activities.filter { ($0.date ?? today) > today }
        #expect(!ahead.isEmpty && ahead.allSatisfy { $0.status == .planned && !$0.kind.isEmpty })
        #expect(ahead.allSatisfy { $0.runSheet == RunSheetItem.defaults }, "nothing ticked yet ahead")
        #expect(dialogue.planning.activities.filter { ($0.date ?? today) < today }.allSatisfy { $0.status == .held })
    }

    @Test func itsInputsAndMeetingAreOnDiskOnceCreated() throws {
        try StoreFixtures.withLibrary { store in
            let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
            let loaded = try store.load(try store.create(dialogue)).dialogue
            #expect(loaded.inputs == dialogue.inputs)
            #expect(loaded.planning == dialogue.planning)
        }
    }

    @Test func anotherTemplateGetsTheAnswersThatFit() throws {
        let template = try Template(toml: TemplateTestSupport.minimalTemplate(), file: "mini.toml")
        let dialogue = ExampleDialogue.make(template: template, now: now)
        #expect(dialogue.committee == "Stadsbyggnadsnämnden")
        #expect(dialogue.allItems.allSatisfy { $0.lastChange == nil })
    }

    @Test func itsDatesAreDaysOfTheCalendarItIsGiven() throws {
        // 2026-03-01 12:00 UTC is already 2 March in Kiritimati (UTC+14).
        var kiritimati = Calendar(identifier: .gregorian)
        kiritimati.timeZone = try #require(TimeZone(identifier: "Pacific/Kiritimati"))
        let there = ExampleDialogue.make(template: helsingborg, now: now, calendar: kiritimati)
        let here = ExampleDialogue.make(template: helsingborg, now: now)
        let startThere = try #require(there.schedule(of: .decision).start)
        let startHere = try #require(here.schedule(of: .decision).start)
        #expect(startHere < startThere)
        #expect(startHere < LocalDate(now, calendar: .swedish))
        // The planning panels' dates are days of the same calendar as the checklist's.
        let meetingThere = try #require(there.planning.activities.first?.date)
        let meetingHere = try #require(here.planning.activities.first?.date)
        #expect(meetingHere < meetingThere)
    }
}
