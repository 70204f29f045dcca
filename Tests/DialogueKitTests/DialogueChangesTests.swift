import Foundation
import Testing

@testable import DialogueKit

@Suite struct DialogueChangesTests {
    let now = StoreFixtures.now

    /// The sentences for the change `edit` makes to a fresh test dialogue (after `setUp`).
    func changes(setUp: (inout Dialogue) throws -> Void = { _ in }, _ edit: (inout Dialogue) throws -> Void) throws
        -> [String]
    {
        var old = StoreFixtures.dialogue("Parken")
        try setUp(&old)
        var new = old
        try edit(&new)
        return DialogueChanges.describe(from: old, to: new)
    }

    @Test func checklistAnswersAreDescribedByWhatWasDone() throws {
        #expect(
            try changes { try $0.apply(.done(true), to: "genomforande.mote", by: "a", at: now) } == [
                "bockade av \"Håll mötet\""
            ])
        #expect(
            try changes(setUp: { try $0.apply(.done(true), to: "genomforande.mote", by: "a", at: now) }) {
                try $0.apply(.done(false), to: "genomforande.mote", by: "a", at: now)
            } == ["tog bort bocken vid \"Håll mötet\""])
        #expect(
            try changes { try $0.apply(.answer(.no), to: "beslut.paverka", by: "a", at: now) } == [
                "svarade nej på \"Kan invånarna påverka?\""
            ])
        #expect(
            try changes(setUp: { try $0.apply(.answer(.yes), to: "beslut.paverka", by: "a", at: now) }) {
                try $0.apply(.answer(nil), to: "beslut.paverka", by: "a", at: now)
            } == ["tog bort svaret på \"Kan invånarna påverka?\""])
        #expect(
            try changes { try $0.apply(.response("Lekplatsen"), to: "planering.fraga", by: "a", at: now) } == [
                "svarade \"Lekplatsen\" på \"Vad är frågan?\""
            ])
        #expect(
            try changes { try $0.apply(.response("resonemang"), to: "beslut.niva", by: "a", at: now) } == [
                "valde nivån \"Resonemang\" för \"Vilken nivå?\""
            ])
        #expect(
            try changes { try $0.apply(.date(LocalDate("2025-05-01")), to: "planering.start", by: "a", at: now) } == [
                "satte datumet 2025-05-01 för \"Startdatum\""
            ])
    }

    @Test func anAssignmentNamesThePerson() throws {
        let sentences = try changes(setUp: { _ = $0.addPerson(name: "Anna", role: .official, at: now) }) {
            try $0.assign(itemID: "genomforande.mote", to: "p1", by: "a", at: now)
        }
        #expect(sentences == ["tilldelade \"Håll mötet\" till Anna"])
    }

    @Test func detailsAndMethodsAreDescribed() throws {
        #expect(try changes { $0.title = "Nya parken" } == ["ändrade titeln till \"Nya parken\""])
        #expect(try changes(setUp: { $0.purpose = "x" }) { $0.purpose = "" } == ["tömde syftet"])
        #expect(try changes { $0.caseNumber = "KS 2025/12" } == ["ändrade diarienumret till \"KS 2025/12\""])
    }

    @Test func everyPlanningListSaysWhatWasAddedChangedAndRemoved() throws {
        #expect(
            try changes { _ = $0.addTargetGroup(name: "Unga i Drottninghög", affected: .high, activity: .low, at: now) }
                == ["lade till målgruppen \"Unga i Drottninghög\""])
        let withGroup: (inout Dialogue) -> Void = {
            _ = $0.addTargetGroup(name: "Unga", affected: .high, activity: .low, at: now)
        }
        #expect(
            try changes(setUp: withGroup) {
                _ = $0.moveTargetGroup(id: "g1", affected: .high, activity: .high, at: now)
            }
                == ["ändrade målgruppen \"Unga\": placering berörd hög, aktivitet hög"])
        #expect(
            try changes(setUp: withGroup) { _ = $0.removeTargetGroup(id: "g1", at: now) } == [
                "tog bort målgruppen \"Unga\""
            ])

        let withGoal: (inout Dialogue) -> Void = { dialogue in
            let id = dialogue.addGoal(kind: .process, at: now)
            var goal = dialogue.planning.goals[0]
            goal.goal = "Fler unga deltar"
            _ = dialogue.updateGoal(goal, at: now)
            _ = id
        }
        #expect(
            try changes(setUp: withGoal) { dialogue in
                var goal = dialogue.planning.goals[0]
                goal.indicators = "antal under 25"
                _ = dialogue.updateGoal(goal, at: now)
            } == ["ändrade målet \"Fler unga deltar\": indikatorer \"antal under 25\""])
        #expect(
            try changes(setUp: {
                withGoal(&$0); _ = $0.addGoal(kind: .result, at: now)
            }) {
                _ = $0.moveGoal(id: "m2", by: -1, at: now)
            } == ["ändrade ordningen på målen"])

        #expect(
            try changes { _ = $0.addActivity(title: "Dialogmöte", at: now) } == ["lade till aktiviteten \"Dialogmöte\""]
        )
        #expect(try changes { _ = $0.addPerson(name: "Bo", role: .elected, at: now) } == ["lade till personen \"Bo\""])
        #expect(try changes { _ = $0.addRisk("Låg uppslutning", at: now) } == ["lade till risken \"Låg uppslutning\""])
        #expect(try changes { _ = $0.addSideIssue("Parkering", at: now) } == ["lade till sidofrågan \"Parkering\""])
        #expect(
            try changes { $0.setResponsibility(Responsibility(questionOwner: "Nämnden"), at: now) } == [
                "ändrade frågans ägare till \"Nämnden\""
            ])
    }

    @Test func onlyTheTimeOfTheChangeIsNoChangeAndLongTextsAreShortened() throws {
        #expect(try changes { $0.markModified(by: "x", at: now.addingTimeInterval(60)) } == [])
        #expect(
            try changes(setUp: { try $0.apply(.done(true), to: "genomforande.mote", by: "a", at: now) }) {
                try $0.apply(.done(true), to: "genomforande.mote", by: "b", at: now.addingTimeInterval(60))
            } == [], "ticking a ticked step again changes nothing but who and when")
        #expect(try changes { $0.about = "Ny text" } == ["ändrade handbokens uppgifter i dialogen"])
        #expect(try changes { $0.phases[0].items[0].text = "Ny fråga" } == ["ändrade dialogen"])
        let long = String(repeating: "ord ", count: 30)
        let sentence = try changes { $0.question = long }.first ?? ""
        #expect(sentence.count < 80)
        #expect(sentence.hasSuffix("…\""))
        let marks = "a" + String(repeating: "\u{301}", count: 10_000)
        let bounded = try changes { $0.question = marks }.first ?? ""
        #expect(bounded.unicodeScalars.count < 100, "a million combining marks are not quoted whole")
    }

    @Test func theAuthorIsWhoTheFileNamesElseWhoChangedAnItem() throws {
        var old = StoreFixtures.dialogue("Parken")
        old.modifiedBy = nil
        var new = old
        try new.apply(.done(true), to: "genomforande.mote", by: "Åsa", at: now)
        #expect(DialogueChanges.author(of: new, since: old) == "Åsa")
        new.modifiedBy = nil
        #expect(DialogueChanges.author(of: new, since: old) == "Åsa", "an older file without modifiedBy")
        #expect(DialogueChanges.author(of: old, since: old) == nil)
    }
}
