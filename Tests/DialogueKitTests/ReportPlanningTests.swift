import DialogueKit
import Foundation
import Testing

/// The planning part of `ting show`: everything in `Dialogue.planning`, in text and JSON.
@Suite struct ReportPlanningTests {
    let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC

    /// A dialogue from the minimal template, drawn Vänersborg's way, with one of everything planned.
    func plannedDialogue() throws -> Dialogue {
        let toml =
            TemplateTestSupport.minimalTemplate()
            + "\n[representation]\norientation = \"affected-vertical\"\n"
            + "descriptions = [\"Berörda och lågaktiva.\", \"Berörda och aktiva.\", \"Aktiva.\", \"Ingetdera.\"]\n"
        var dialogue = Dialogue(template: try Template(toml: toml, file: "mini.toml"), title: "Lekplats", now: now)
        dialogue.planning = Planning(
            targetGroups: [
                TargetGroup(
                    id: "g1", name: "Barnfamiljer i Råå", description: "Bor nära parken.", affected: .high,
                    activity: .low, hardToReach: true, channels: ["SMS", "direkt kontakt"], plannedParticipants: 30),
                TargetGroup(id: "g2", name: "Föreningar", affected: .low, activity: .high),
            ],
            goals: [
                Goal(
                    id: "m1", kind: .result, goal: "Barnens idéer finns i förslaget.", indicators: "Antal idéer",
                    dataCollection: "Enkät", outcome: "12 idéer", fulfilled: .partly)
            ],
            activities: [
                Activity(
                    id: "a1", title: "Dialogmöte", date: LocalDate("2026-05-12"), time: "18.00–20.00",
                    place: "Råå bibliotek", method: "Dialogcafé", expectedParticipants: 40,
                    accessibility: "Hiss, hörslinga")
            ],
            people: [Person(id: "p1", name: "Anna Berg", role: .elected, participation: "Inleder mötet")],
            responsibility: Responsibility(questionOwner: "Stadsbyggnadsnämnden", facilitation: .external),
            risks: [
                Risk(
                    id: "r1", risk: "Få kommer", likelihood: .medium, consequence: .high, mitigation: "Påminn via SMS",
                    owner: "Anna Berg")
            ],
            sideIssues: [SideIssue(id: "s1", question: "Belysningen på Kajpromenaden", passedTo: "Gatuenheten")])
        return dialogue
    }

    @Test func thePlanReadsExactlyLikeThisAfterThePhases() throws {
        let text = DialogueReport.text(try plannedDialogue(), today: nil)
        let planning = try #require(text.components(separatedBy: "Klart?\n").last)
        let expected = """

            Målgrupper (representationsmodellen)
              g1    Barnfamiljer i Råå
                    Prioritet 1: Berörda och lågaktiva.
                    Berörd: hög · aktivitet: låg · svår att nå: ja
                    Beskrivning: Bor nära parken.
                    Trösklar: inga
                    Kanaler: SMS, direkt kontakt
                    Åtgärder: inga
                    Planerat antal deltagare: 30
              g2    Föreningar
                    Prioritet 3: Aktiva.
                    Berörd: låg · aktivitet: hög · svår att nå: nej
                    Trösklar: inga
                    Kanaler: inga
                    Åtgärder: inga
                    Planerat antal deltagare: ej ifyllt

            Mål
              m1    Resultatmål
                    Mål: Barnens idéer finns i förslaget.
                    Indikatorer: Antal idéer
                    Datainsamling: Enkät
                    Utfall: 12 idéer
                    Uppfyllt: delvis

            Aktiviteter
              a1    Dialogmöte
                    Fas: Genomförande
                    När: 2026-05-12 18.00–20.00
                    Plats: Råå bibliotek
                    Metod: Dialogcafé
                    Förväntat antal deltagare: 40
                    Tillgänglighet: Hiss, hörslinga

            Personer och ansvar
              Frågans ägare: Stadsbyggnadsnämnden
              Processledning: extern
              p1    Anna Berg (förtroendevald)
                    Deltar: Inleder mötet

            Risker
              r1    Få kommer
                    Sannolikhet: medel · konsekvens: hög
                    Åtgärd: Påminn via SMS
                    Ägare: Anna Berg

            Frågor utanför dialogen
              s1    Belysningen på Kajpromenaden
                    Skickad vidare till: Gatuenheten

            VARNING: Målgruppen ”Barnfamiljer i Råå” har prioritet 1 men inga åtgärder för
                     att kunna delta; ange till exempel förmöten, tolkning eller en naturlig
                     mötesplats.
            VARNING: Målgruppen ”Barnfamiljer i Råå” är svår att nå men har inga trösklar
                     angivna; analysera vad som hindrar gruppen från att delta, till exempel
                     kostnader eller bristande tillit.

            """
        #expect(planning == expected)
    }

    @Test func aChecklistItemShowsWhoItIsAssignedTo() throws {
        var dialogue = try plannedDialogue()
        let head = "\n  [ ]   utvardering.klar  (Gemensam)"
        #expect(DialogueReport.text(dialogue, today: nil).contains(head + "\n"))
        dialogue.phases[4].items[0].assignee = "p1"
        #expect(DialogueReport.text(dialogue, today: nil).contains(head + "  → Anna Berg\n"))
    }

    @Test func overduePhasesAreWarnedAboutOnlyWithToday() throws {
        var dialogue = try plannedDialogue()
        dialogue.planning.targetGroups[0].measures = ["förmöten"]
        dialogue.planning.targetGroups[0].barriers = ["bristande tillit"]
        #expect(!DialogueReport.text(dialogue, today: nil).contains("VARNING"))
        try dialogue.apply(.date(LocalDate("2026-03-01")), to: "planering.start", by: "test", at: now)
        dialogue.phases[1].items[1].schedule = ScheduleSlot(phase: .decision, bound: .end)
        let text = DialogueReport.text(dialogue, today: LocalDate("2026-03-02"))
        #expect(text.hasSuffix("\nVARNING: Fasen Beslut skulle vara klar 2026-03-01 men 1 av 1 punkt återstår.\n"))
    }

    @Test func theJSONCarriesThePlanPrioritiesAndWarnings() throws {
        let data = try DialogueReport.json(try plannedDialogue(), today: LocalDate("2026-03-02"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let dialogue = try #require(json["dialogue"] as? [String: Any])
        let planning = try #require(dialogue["planning"] as? [String: Any])
        #expect((planning["targetGroups"] as? [Any])?.count == 2)
        #expect((planning["sideIssues"] as? [Any])?.count == 1)
        let groups = try #require(json["targetGroups"] as? [[String: Any]])
        #expect(groups.map { $0["priority"] as? Int } == [1, 3])
        #expect(groups.first?["quadrant"] as? String == "Berörda och lågaktiva.")
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(
            warnings.map { $0["code"] as? String } == ["priorityGroupWithoutMeasure", "hardToReachWithoutBarriers"])
        #expect(warnings.allSatisfy { $0["groupID"] as? String == "g1" })
        #expect((warnings.first?["text"] as? String)?.contains("”Barnfamiljer i Råå”") == true)
    }
}
