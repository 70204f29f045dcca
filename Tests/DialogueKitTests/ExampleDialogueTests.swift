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
        #expect(dialogue.allItems.filter { $0.kind == .question && $0.isComplete }.count == 16)
        let today = LocalDate(now, calendar: .swedish)
        let (start, _) = dialogue.schedule(of: .decision)
        let (_, end) = dialogue.schedule(of: .evaluation)
        #expect(try #require(start) < today)
        #expect(today < (try #require(end)))
    }

    @Test func everyAnswerWentThroughTheEditPath() {
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        let changed = dialogue.allItems.filter { $0.lastChange != nil }
        #expect(changed.count == 34)
        #expect(changed.allSatisfy { $0.lastChange == ItemChange(by: ExampleDialogue.actor, at: now) && $0.isComplete })
        #expect(dialogue.allItems.filter(\.isComplete).count == changed.count)
        #expect(dialogue.modifiedAt == now)
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
    }
}
