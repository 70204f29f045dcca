import DialogueKit
import Foundation
import Testing

/// Utvärdering's panels in the real binary: an analysis question answered beside its evidence, and the
/// participants' paper forms counted into the survey, both on disk afterwards.
@Suite(.serialized)
struct EvaluationEndToEndTests {
    @Test func answerAQuestionBesideItsEvidenceAndEnterSurveyCounts() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TingBinary.newDialogue(["--template", "vanersborg", "--title", "Parken i Blåsut"], in: folder)
        do {
            let tui = try TmuxSession.ting(in: folder)
            try tui.openDialogue("Parken i Blåsut", showing: "Planera")
            try tui.send("5")
            try tui.waitFor("Checklista")
            try tui.send("]")
            // Vänersborg's first analysis question, with the methods' evidence beside it.
            try tui.waitFor("Användes rätt metoder och verktyg?")
            try tui.waitFor("Inga metoder är valda")
            try tui.send("Enter")
            try tui.waitFor("Enter spara")
            try tui.type("Ja, men fler kanaler behövs")
            try tui.send("Enter")
            try tui.waitFor("Svar: Ja, men fler kanaler behövs")
            // The representation check stands beside "Nåddes berörda invånare?".
            try tui.send("j")
            try tui.waitFor("Inga målgrupper är planerade")
            try tui.send("]")
            try tui.waitFor("Ingen deltagarenkät ännu")
            try tui.send("a")
            try tui.waitFor("Skriv ett eget påstående")
            try tui.send("Enter")
            try tui.waitFor("Jag fick den information jag behövde")
            try tui.send("Enter")
            try tui.waitFor("Antal som svarade")
            try tui.type("12")
            try tui.send("Enter")
            try tui.waitFor("12 (100 %)")
            try tui.send("Right", "+", "+", "+")
            try tui.waitFor("3 (20 %)")
            try tui.send("q")
            try tui.waitFor("Ting · Invånardialoger")
            try tui.send("q")
            try tui.waitFor("[exit 0]")
        }
        let dialogue = try TingBinary.onlyDialogue(in: folder)
        #expect(dialogue.item("utvardering.analys.metoder")?.response == "Ja, men fler kanaler behövs")
        let survey = try #require(dialogue.followUp.evaluation.participantSurvey)
        #expect(survey.statements.map(\.text) == ["Jag fick den information jag behövde"])
        #expect(survey.statements.first?.counts == ["helt": 12, "delvis": 3])
    }
}
