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

    @Test func aHeldActivitySaysItsKindStatusAgendaChecklistAndAttendance() throws {
        let withWorkshop: (inout Dialogue) throws -> Void = { dialogue in
            _ = dialogue.addTargetGroup(name: "Unga", affected: .high, activity: .low, at: now)
            dialogue.addActivity(title: "Workshop", kind: "möte", date: nil, by: "a", at: now)
            try dialogue.addAgendaPoint(title: "Välkomna", minutes: 10, toActivity: "a1", by: "a", at: now)
        }
        #expect(
            try changes(setUp: withWorkshop) { dialogue in
                var activity = try #require(dialogue.activity("a1"))
                activity.kind = "workshop"
                activity.setTimeText("18:00–20:00")
                dialogue.planning.activities[0] = activity
                try dialogue.setStatus(.held, ofActivity: "a1", by: "a", at: now)
            } == ["ändrade aktiviteten \"Workshop\": tid \"18.00–20.00\", typ Workshop, status genomförd"])
        #expect(
            try changes(setUp: withWorkshop) { dialogue in
                try dialogue.addAgendaPoint(title: "Grupparbete", minutes: 45, toActivity: "a1", by: "a", at: now)
                var point = try #require(dialogue.activity("a1")?.agenda.first)
                point.minutes = 15
                point.leader = "Anna"
                try dialogue.updateAgendaPoint(point, inActivity: "a1", by: "a", at: now)
            } == [
                "ändrade aktiviteten \"Workshop\": agendan: ändrade \"Välkomna\" (15 min, leds av \"Anna\"), "
                    + "lade till \"Grupparbete\""
            ])
        #expect(
            try changes(setUp: withWorkshop) { dialogue in
                try dialogue.setRunSheetItem("k3", done: true, inActivity: "a1", by: "a", at: now)
                try dialogue.setAttendance(24, ofActivity: "a1", by: "a", at: now)
                try dialogue.setAttendance(5, for: .group("g1"), ofActivity: "a1", by: "a", at: now)
                try dialogue.setNotes("Många ville ha fler bänkar.", ofActivity: "a1", by: "a", at: now)
                try dialogue.addDocumentation("bilder/blädderblock-1.jpg", toActivity: "a1", by: "a", at: now)
                try dialogue.addOrganisation("Hyresgästföreningen", toActivity: "a1", by: "a", at: now)
            } == [
                "ändrade aktiviteten \"Workshop\": checklistan: bockade av \"Mikrofon och hörslinga fungerar\", "
                    + "deltagare totalt 24, \"Unga\" 5, anteckningar \"Många ville ha fler bänkar.\", "
                    + "dokumentation \"bilder/blädderblock-1.jpg\", organisationer \"Hyresgästföreningen\""
            ])
    }

    @Test func inputsAreNamedOneByOneAndCountedWhenMany() throws {
        let withInputs: (inout Dialogue) throws -> Void = { dialogue in
            try dialogue.addInput(text: "Fler bänkar", by: "a", at: now)
            try dialogue.addInput(text: "Bättre belysning", by: "a", at: now)
            try dialogue.addInput(text: "Fler bänkar!", by: "a", at: now)
        }
        #expect(
            try changes { try $0.addInput(text: "Fler bänkar", by: "a", at: now) } == [
                "lade till inspelet \"Fler bänkar\""
            ])
        #expect(
            try changes { try $0.addInputs(texts: ["a", "b", "c"], by: "a", at: now) } == ["lade till 3 inspel"])
        #expect(
            try changes(setUp: withInputs) { dialogue in
                try dialogue.setCategory("behov", ofInput: "i1", by: "a", at: now)
                try dialogue.addTag("trygghet", toInputs: ["i1", "i2"], by: "a", at: now)
                try dialogue.hideInput("i2", reason: "skrevs två gånger", by: "a", at: now)
                try dialogue.linkDuplicate("i3", of: "i1", by: "a", at: now)
            } == [
                "satte kategorin \"Behov, idéer, tankar\" på inspelet \"Fler bänkar\"",
                "gav 2 inspel taggen \"trygghet\"",
                "dolde inspelet \"Bättre belysning\" med orsaken \"skrevs två gånger\"",
                "markerade inspelet \"Fler bänkar!\" som dubblett av inspelet \"Fler bänkar\"",
            ])
        #expect(
            try changes(setUp: {
                try withInputs(&$0); try $0.hideInput("i2", reason: "x", by: "a", at: now)
            }) {
                try $0.showInput("i2", by: "a", at: now)
                try $0.makeSideIssue(fromInput: "i1", by: "a", at: now)
            } == [
                "lade till sidofrågan \"Fler bänkar\"", "gjorde inspelet \"Fler bänkar\" till en sidofråga",
                "visade inspelet \"Bättre belysning\" igen",
            ])
    }

    @Test func oneChangeAmongFiveThousandInputsIsFoundAlone() throws {
        var old = StoreFixtures.dialogue("Parken")
        try old.addInputs(texts: (1...5_000).map { "Svar \($0)" }, by: "a", at: now)
        var new = old
        try new.addTag("trafik", toInputs: ["i4711"], by: "a", at: now)
        #expect(DialogueChanges.describe(from: old, to: new) == ["gav inspelet \"Svar 4711\" taggen \"trafik\""])
        #expect(DialogueChanges.describe(from: old, to: old) == [])
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
