import DialogueKit
import Foundation
import Testing

/// `ting feedback list|add|sent` against a temporary library, as a script would use them: the new id on its
/// own line, the rounds listed with late ones marked, a drafted text, the warning in `ting show`, and one clear
/// sentence for each refusal with the files left as they were.
struct FeedbackCLIEndToEndTests {
    private typealias CLI = ActivityInputCLIEndToEndTests

    @Test func roundsArePlannedDraftedListedAndMarkedSent() throws {
        let (folder, stem) = try CLI.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLI.ting(
            [
                "feedback", "add", stem, "--audience", "deltagarna", "--planned", "2020-01-02", "--channel", "e-post",
                "--channel", "E-post", "--channel", "SMS", "--text", "Tack för att ni var med!",
            ], in: folder)
        #expect(first == "a1\n")
        // Helsingborg's handbook says «Invånare»; the standard words «Alla invånare» still name that audience.
        #expect(
            try CLI.ting(["feedback", "add", stem, "--audience", "Alla invånare", "--draft"], in: folder) == "a2\n")
        #expect(try CLI.ting(["feedback", "add", stem, "--audience", "Beslutsfattare"], in: folder) == "a3\n")

        let lines = try CLI.ting(["feedback", "list", stem], in: folder).split(separator: "\n")
        #expect(
            lines == [
                "a1\tDeltagare\t2020-01-02\te-post, SMS\tFÖRSENAD", "a2\tInvånare\t\t\tej skickad",
                "a3\tBeslutsfattare\t\t\tej skickad",
            ])
        let json = try CLI.objects(try CLI.ting(["feedback", "list", stem, "--json"], in: folder))
        try #require(json.count == 3, "\(json)")
        #expect(json.map { $0["id"] as? String } == ["a1", "a2", "a3"])
        #expect(json.map { $0["audience"] as? String } == ["deltagarna", "invanarna", "beslutsfattarna"])
        #expect(json.map { $0["overdue"] as? Bool } == [true, false, false])
        #expect(json[0]["plannedOn"] as? String == "2020-01-02")
        let drafted = try #require(json[1]["text"] as? String)
        for heading in [FeedbackDraft.saidHeading, FeedbackDraft.usedHeading, FeedbackDraft.decisionsHeading] {
            #expect(drafted.contains("\n\(heading)\n"), "the draft has the handbook's part \(heading)")
        }
        #expect(try TingBinary.dialogue(stem, in: folder).followUp.feedbackRounds[1].text == drafted)

        let shown = try CLI.ting(["show", stem], in: folder)
        #expect(shown.contains("VARNING: Återkopplingen till deltagare (a1) skulle ha skickats 2020-01-02"))

        #expect(
            try CLI.ting(["feedback", "sent", stem, "a1", "--on", "2020-01-05"], in: folder)
                == "a1\tskickad 2020-01-05\n")
        let sent = try #require(try TingBinary.dialogue(stem, in: folder).feedbackRound(id: "a1"))
        #expect(sent.sentOn == LocalDate("2020-01-05") && sent.sentBy?.isEmpty == false)
        let listed = try CLI.ting(["feedback", "list", stem], in: folder).split(separator: "\n")
        #expect(
            listed.first == "a1\tDeltagare\t2020-01-02\te-post, SMS\tskickad 2020-01-05 av \(try #require(sent.sentBy))"
        )
        #expect(!(try CLI.ting(["show", stem], in: folder)).contains("(a1) skulle ha"))

        let before = LocalDate(.now, calendar: .current)
        try CLI.ting(["feedback", "sent", stem, "a2"], in: folder)
        let today = try #require(try TingBinary.dialogue(stem, in: folder).feedbackRound(id: "a2")?.sentOn)
        #expect(today >= before && today <= LocalDate(.now, calendar: .current), "without --on it is sent today")
    }

    @Test func badValuesAreRefusedInOneSentenceNamingThePlaceAndTheFix() throws {
        let (folder, stem) = try CLI.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.ting(["feedback", "add", stem, "--audience", "deltagarna"], in: folder)
        let files = try CLI.files(in: folder)

        let audience = try CLI.refused(["feedback", "add", stem, "--audience", "grannarna"], in: folder)
        #expect(
            audience.contains(
                "'grannarna' är ingen mottagare i --audience; välj en av: deltagarna (Deltagare), invanarna (Invånare)")
        )
        let date = try CLI.refused(
            ["feedback", "add", stem, "--audience", "deltagarna", "--planned", "1 juni"], in: folder)
        #expect(date.contains("'1 juni' är inget datum i --planned; skriv ÅÅÅÅ-MM-DD"))
        let both = try CLI.refused(
            ["feedback", "add", stem, "--audience", "deltagarna", "--text", "Hej", "--draft"], in: folder)
        #expect(both.contains("Ange antingen --text TEXT eller --draft, inte båda."))
        let unknown = try CLI.refused(["feedback", "sent", stem, "a9"], in: folder)
        #expect(
            unknown.contains(
                "Det finns ingen återkoppling med id 'a9' i dialogen; `ting feedback list DIALOG` listar dem."))
        let empty = try CLI.refused(["feedback", "sent", stem, "a1"], in: folder)
        #expect(empty.contains("Återkopplingen 'a1' har ingen text; skriv texten eller ta fram ett utkast"))
        let day = try CLI.refused(["feedback", "sent", stem, "a1", "--on", "2020-13-01"], in: folder)
        #expect(day.contains("'2020-13-01' är inget datum i --on"))
        #expect(try CLI.files(in: folder) == files, "a refused command leaves every file as it was")
    }
}
