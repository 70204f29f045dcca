import DialogueKit
import Foundation
import Testing

/// The Återkoppling and Publicering panels in the real binary: a round to the participants is planned,
/// overdue in `ting show`, drafted, edited with Swedish text, marked sent (then its text is final), and a
/// publication text is written and marked published; all of it reaches the file.
@Suite(.serialized)
struct FeedbackEndToEndTests {
    @Test func aRoundIsDraftedEditedAndSentAndAPublicationMarkedPublished() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TingBinary.newDialogue(["--template", "vanersborg", "--title", "Lekplats i Råå"], in: folder)
        let written = "Tack för att ni kom! Vi återkommer i höst – på åtta språk."
        do {
            let tui = try TmuxSession.ting(in: folder)
            try tui.openDialogue("Lekplats i Råå", showing: "1 Inför beslut")
            // Följ upp's panels: Checklista, Svar, Beslut, Återkoppling, Publicering.
            try tui.send("4", "]", "]", "]")
            try tui.waitFor("[Återkoppling]")
            try tui.waitFor("Ingen återkoppling planerad ännu")
            try tui.send("a")
            try tui.waitFor("Återkoppling till vem?")
            try tui.send("Enter")
            try tui.waitFor("Planerad den")
            // A date long past: the round is overdue whatever day the test runs.
            try tui.type("2020-03-02")
            try tui.send("Enter")
            try tui.waitForLine("Deltagarna", "2020-03-02", "! försenad")
            try tui.send("q")
            try tui.waitFor("Ting · Invånardialoger")
            try tui.send("q")
            try tui.waitFor("[exit 0]")
        }
        let overdue = try TingBinary.run(["show", "lekplats-i-raa", "--dir", folder.path])
        #expect(overdue.status == 0)
        #expect(
            overdue.out.contains("VARNING: Återkopplingen till deltagarna"),
            "ting show warns of the overdue round: \(overdue.out)")
        #expect(try Self.warningCodes(in: folder).contains("feedbackOverdue"))
        do {
            let tui = try TmuxSession.ting(in: folder)
            try tui.openDialogue("Lekplats i Råå", showing: "1 Inför beslut")
            try tui.send("4", "]", "]", "]")
            try tui.waitFor("[Återkoppling]")
            try tui.waitForLine("Deltagarna", "2020-03-02")
            // g drafts the text from the data into the editor; End of text, a new line, our words, Ctrl-S.
            try tui.send("g")
            try tui.waitFor("ändrad, inte sparad")
            try tui.send("Enter")
            try tui.type(written)
            try tui.send("C-s")
            try tui.waitFor("Enter skriv")
            try tui.send("s")
            try tui.waitFor("Skickad den")
            try tui.send("Enter")
            try tui.waitFor("texten är slutgiltig och kan inte ändras")
            // Publicering: the first before-text, written and marked published.
            try tui.send("]")
            try tui.waitFor("Före dialogen · inte publicerad")
            try tui.send("Enter")
            try tui.type("Om lekplatsen i Råå: vad barn och föräldrar önskar.")
            try tui.send("C-s")
            try tui.waitForLine("Vad handlar invånardialogen om?", "Om lekplatsen i Råå")
            try tui.send("p")
            try tui.waitFor("Publicerad den")
            try tui.send("Enter")
            try tui.waitFor("Före dialogen · publicerad")
            try tui.send("q")
            try tui.waitFor("Ting · Invånardialoger")
            try tui.send("q")
            try tui.waitFor("[exit 0]")
        }
        let dialogue = try TingBinary.onlyDialogue(in: folder)
        let round = try #require(dialogue.followUp.feedbackRounds.first)
        #expect(round.audience == "deltagarna" && round.plannedOn == LocalDate("2020-03-02"))
        #expect(round.text.hasSuffix("\n" + written), "the draft with our words after it: \(round.text)")
        #expect(round.text.count > written.count + 1, "the draft made from the data is kept above our words")
        #expect(round.sentOn != nil && round.sentBy?.isEmpty == false)
        let question = PublicationMoment.before.questions[0]
        #expect(
            dialogue.publicationTexts(.before).first { $0.question == question }?.text
                == "Om lekplatsen i Råå: vad barn och föräldrar önskar.")
        #expect(dialogue.publication(.before)?.publishedOn != nil)
        let shown = try TingBinary.run(["show", "lekplats-i-raa", "--dir", folder.path])
        #expect(shown.status == 0)
        #expect(!shown.out.contains("VARNING: Återkopplingen till deltagarna"), "sent, no longer overdue")
        #expect(try !Self.warningCodes(in: folder).contains("feedbackOverdue"))
        #expect(shown.out.contains("Om lekplatsen i Råå"), "the publication text is the checklist's answer")
    }

    /// The codes of the warnings `ting show --json` gives for the library's dialogue.
    private static func warningCodes(in folder: URL) throws -> [String] {
        let json = try TingBinary.run(["show", "lekplats-i-raa", "--json", "--dir", folder.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        return warnings.compactMap { $0["code"] as? String }
    }
}
