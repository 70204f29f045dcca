import DialogueKit
import Foundation
import Testing

/// `DialogueReport.text`: the whole plan as plain text for `ting show`.
@Suite struct ReportTextTests {
    let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC
    let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!

    @Test func aSmallDialogueReadsExactlyLikeThis() throws {
        let template = try Template(toml: TemplateTestSupport.minimalTemplate(), file: "mini.toml")
        var dialogue = Dialogue(template: template, title: "Lekplats", now: now)
        dialogue.question = "Var?"
        dialogue.committee = "Nämnden"
        try dialogue.apply(.answer(.no), to: "beslut.mandat", by: "test", at: now)
        try dialogue.apply(.response("resonemang"), to: "planering.niva", by: "test", at: now)
        try dialogue.apply(.date(LocalDate("2026-03-01")), to: "planering.start", by: "test", at: now)
        try dialogue.apply(.done(true), to: "utvardering.klar", by: "test", at: now)
        let expected = """
            Lekplats
            ========

            Frågan:          Var?
            Syfte:           ej ifyllt
            Nämnd:           Nämnden
            Förvaltning:     ej ifyllt
            Diarienummer:    ej ifyllt
            Mall:            Mini (mini, version 1)
            Källa:           Testby: Testbyns handbok
            Inflytandenivå:  Resonemang – Vi samtalar.
            Kontrollfrågor:  NEJ, se STOPP nedan
            Framsteg:        3 av 4 punkter klara (75 %)
            Aktuell fas:     Beslut

            STOPP: Nej på beslut.mandat. Gör ingen dialog.

            1. Beslut · 0 av 1 klar (0 %) · från 2026-03-01 · pågår
              nej   beslut.mandat
                    Finns mandat?

            2. Planering · 2 av 2 klara (100 %)
              nivå  planering.niva
                    Vilken nivå?
                    Nivå: Resonemang
              datum planering.start
                    Start
                    Datum: 2026-03-01

            3. Genomförande · 0 av 0 klara (100 %)

            4. Återkoppling · 0 av 0 klara (100 %)

            5. Utvärdering · 1 av 1 klar (100 %)
              [x]   utvardering.klar  (Gemensam)
                    Klart?

            VARNING: Ingen målgrupp har prioritet 1 (berörda och lågaktiva); lägg till de
                     grupper som frågan berör mest men som sällan hörs i samhällsdebatten.

            """
        #expect(DialogueReport.text(dialogue, today: LocalDate("2026-03-10")) == expected)
    }

    @Test func theChosenLevelShowsWhatResidentsGetAndThePromise() throws {
        let text = TemplateTestSupport.minimalTemplate().replacingOccurrences(
            of: "degree = 3\n",
            with: "degree = 3\nresidents_get = \"Invånarna får diskutera\"\npromise = \"Vi lyssnar och återkopplar.\"\n"
        )
        var dialogue = Dialogue(template: try Template(toml: text, file: "mini.toml"), title: "Lekplats", now: now)
        #expect(!DialogueReport.text(dialogue, today: nil).contains("Löfte:"))
        try dialogue.apply(.response("resonemang"), to: "planering.niva", by: "test", at: now)
        dialogue.methods = [
            MethodCard(
                id: "dialogcafe", name: "Dialogcafé", degrees: [3], usedFor: "", participants: "", resources: "",
                time: "", strengths: "", sources: [])
        ]
        let report = DialogueReport.text(dialogue, today: nil)
        #expect(report.contains("\nInflytandenivå:  Resonemang – Vi samtalar.\n"))
        #expect(report.contains("\nInvånarna får:   Invånarna får diskutera\n"))
        #expect(report.contains("\nLöfte:           Vi lyssnar och återkopplar.\n"))
        #expect(report.contains("\nMetoder:         Dialogcafé\n"))
    }

    @Test func theTemplateReportShowsRolesAndEachLevelsDegree() throws {
        let text = TemplateTestSupport.minimalTemplate().replacingOccurrences(
            of: "degree = 3\n", with: "degree = 3\npromise = \"Vi lyssnar.\"\nmethods = [\"Dialogcafé\"]\n")
        let report = TemplateReport.text(try Template(toml: text, file: "mini.toml"))
        #expect(report.contains("\nRoller\n  Gemensam [gemensam]\n      - Utvärdera tillsammans.\n"))
        #expect(report.contains("\n  Resonemang [resonemang] – dialog, trappsteg 3\n"))
        #expect(report.contains("\n      Löfte: Vi lyssnar.\n      Metoder: Dialogcafé\n"))
        #expect(report.contains("\n  - utvardering.klar [steg] (Gemensam)\n"))
    }

    @Test func aNejShowsTheStopLineWithTheHandbooksRecommendation() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        try dialogue.apply(.answer(.yes), to: "beslut.beslutsfattare-paverkas", by: "test", at: now)
        try dialogue.apply(.answer(.no), to: "beslut.resurser", by: "test", at: now)
        let text = DialogueReport.text(dialogue, today: nil)
        let stop = text.components(separatedBy: "\n\n").first { $0.hasPrefix("STOPP: ") }
        let joined = try #require(stop).replacingOccurrences(of: "\n       ", with: " ")
        #expect(joined == "STOPP: Nej på beslut.resurser. \(helsingborg.gate.recommendation)")
        #expect(text.contains("\n  nej   beslut.resurser\n"))
        #expect(text.contains("\n  ja    beslut.beslutsfattare-paverkas\n"))
        #expect(text.contains("\n  --    beslut.tid\n"))
        #expect(text.contains("Kontrollfrågor:  NEJ, se STOPP nedan\n"))
    }

    @Test func withoutANejThereIsNoStopLine() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        #expect(DialogueReport.text(dialogue, today: nil).contains("Kontrollfrågor:  öppen, 5 obesvarade\n"))
        for item in dialogue.allItems where item.kind == .gate {
            try dialogue.apply(.answer(.yes), to: item.id, by: "test", at: now)
        }
        let text = DialogueReport.text(dialogue, today: nil)
        #expect(text.contains("Kontrollfrågor:  ja, alla besvarade med ja\n"))
        #expect(!text.contains("STOPP"))
    }

    @Test func everyItemHasItsOwnLineWithIdAndMarker() {
        let dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        let lines = DialogueReport.text(dialogue, today: nil).split(separator: "\n").map(String.init)
        for item in dialogue.allItems {
            let marker = item.kind == .check ? "[ ]" : "--"
            let head = "  " + marker + String(repeating: " ", count: 6 - marker.count) + item.id
            #expect(lines.contains(head), "no line '\(head)'")
        }
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func longAnswersWrapUnderTheirLabel() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        let answer = Array(repeating: "Vi vill höra barnen i Drottninghög.", count: 6).joined(separator: " ")
        try dialogue.apply(.response(answer), to: "planering.varfor", by: "test", at: now)
        let lines = DialogueReport.text(dialogue, today: nil).split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "  svar  planering.varfor"))
        #expect(lines[start + 1] == "        Varför vill vi genomföra en dialog?")
        #expect(lines[start + 2].hasPrefix("        Svar: Vi vill höra barnen"))
        let continuation = lines[(start + 3)...].prefix { $0.hasPrefix("              ") }
        #expect(continuation.count >= 2)
        let rejoined = ([String(lines[start + 2].dropFirst(14))] + continuation.map { String($0.dropFirst(14)) })
            .joined(separator: " ")
        #expect(rejoined == answer)
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func todayMarksAnOverduePhase() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        try dialogue.apply(.date(LocalDate("2026-01-10")), to: "planering.tidplan.beslut-start", by: "t", at: now)
        try dialogue.apply(.date(LocalDate("2026-02-10")), to: "planering.tidplan.beslut-slut", by: "t", at: now)
        let heading = "1. Beslut · 0 av 5 klara (0 %) · 2026-01-10 – 2026-02-10"
        #expect(
            DialogueReport.text(dialogue, today: LocalDate("2026-03-01")).contains(heading + " · slutdatum passerat\n"))
        #expect(DialogueReport.text(dialogue, today: LocalDate("2026-02-01")).contains(heading + " · pågår\n"))
        #expect(DialogueReport.text(dialogue, today: nil).contains(heading + "\n"))
    }
}
