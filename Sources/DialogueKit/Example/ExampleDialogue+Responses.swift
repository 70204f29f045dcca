import Foundation

/// The example's responses: the committee's decision on the playground, the themes answered and linked to
/// it, a few inputs answered on their own, and two still without a response (so "utan svar" shows).
extension ExampleDialogue {
    /// The inputs the example leaves unanswered: the older children's wish and the wish to hear back.
    public static let unansweredTexts = [
        "Något för de stora barnen också, annars tar de över gungorna",
        "Berätta för oss vad som händer sedan, på arabiska och somaliska också",
    ]

    /// Records the decision and the responses through the same edit methods the app uses.
    static func respond(_ dialogue: inout Dialogue, now: Date, day: (Int) -> LocalDate) {
        guard
            let decision = try? dialogue.addDecision(
                body: dialogue.committee.isEmpty ? "Stadsbyggnadsnämnden" : dialogue.committee, date: day(-10),
                paragraph: "§ 87", caseNumber: dialogue.caseNumber,
                text: "Nämnden godkänner förslaget till ny lekplats i Drottninghögsparken för projektering: staket "
                    + "mot gatan, belysning längs gångvägen och vid gungorna och bänkar nära lekytorna. En vattenlek "
                    + "utreds vidare inför nästa års budget.",
                by: actor, at: now)
        else { return }
        let themes: [(tag: String, response: Response)] = [
            (
                "trygghet",
                Response(
                    status: .includedInProposal,
                    reason: "Ett staket mot gatan och fri sikt från gångvägen finns med i förslaget.",
                    decisions: [decision])
            ),
            (
                "belysning",
                Response(
                    status: .implemented,
                    reason: "Lampor sätts upp längs gångvägen och vid gungorna när lekplatsen byggs.",
                    decisions: [decision])
            ),
            (
                "sittplatser",
                Response(
                    status: .includedInProposal,
                    reason: "Bänkar placeras nära lekytorna så att vuxna kan sitta och se barnen.",
                    decisions: [decision])
            ),
            (
                "skugga",
                Response(
                    status: .notRelevant,
                    reason: "Nya träd kan inte planteras i år eftersom ledningar går under marken; bänkarna "
                        + "ställs i skuggan av de träd som finns.")
            ),
            (
                "vatten",
                Response(
                    status: .furtherInvestigation,
                    reason: "En vattenlek ryms inte i budgeten; förvaltningen utreder en enklare variant.",
                    decisions: [decision])
            ),
        ]
        for theme in themes {
            try? dialogue.respond(toTheme: theme.tag, with: theme.response, by: actor, at: now)
        }
        let own: [(text: String, response: Response)] = [
            (
                "Toaletter i närheten, annars måste vi gå hem",
                Response(
                    status: .outsideQuestion, reason: "Toaletter ingår inte i lekplatsens budget.",
                    forwardedTo: "Fastighetsförvaltningen")
            ),
            (
                "Buller sent på kvällen oroar oss som bor nära",
                Response(
                    status: .considered,
                    reason: "Belysningen vid lekplatsen släcks klockan 22 och inga högtalare eller bollplaner "
                        + "planeras.",
                    decisions: [decision])
            ),
        ]
        for (text, response) in own {
            guard let input = dialogue.inputs.first(where: { $0.text == text }) else { continue }
            try? dialogue.respond(toInput: input.id, with: response, by: actor, at: now)
        }
    }
}
