import Foundation

/// The Återkoppling part of the text report: what became of the inputs, the decisions register and the
/// feedback rounds, from the same domain queries the Återkoppling panels use.
extension PlanningReport {
    /// `Återkoppling` and its lines, or nothing while no input is answered, no decision is registered and no
    /// round is planned.
    static func followUpLines(_ dialogue: Dialogue) -> [String] {
        let counts = dialogue.responseCounts()
        let followUp = dialogue.followUp
        guard counts.answered > 0 || !followUp.decisions.isEmpty || !followUp.feedbackRounds.isEmpty else {
            return []
        }
        var lines = ["Återkoppling"] + responseLines(counts)
        lines += followUp.decisions.flatMap(decisionLines)
        lines += followUp.feedbackRounds.flatMap { roundLines($0, in: dialogue) }
        return lines
    }

    /// «Svar: 4 av 6 inspel besvarade, 2 obesvarade» and the count of each status given.
    private static func responseLines(_ counts: ResponseCounts) -> [String] {
        let given = counts.byStatus.filter { $0.count > 0 }.map { "\($0.status.words) \($0.count)" }
        let summary =
            "\(counts.answered) av \(counts.total) inspel"
            + " besvarade, \(counts.unanswered) \(counts.unanswered == 1 ? "obesvarad" : "obesvarade")"
        return PlainTextWrapper.block(summary, firstPrefix: "  Svar: ", width: width)
            + (given.isEmpty ? [] : list("Per status", given))
    }

    /// A decision: who decided, when, its § and diarienummer, and what was decided.
    private static func decisionLines(_ decision: Decision) -> [String] {
        head(decision.id, "Beslut: \(decision.body)") + field("Datum", decision.date?.description ?? "")
            + field("Paragraf", decision.paragraph) + field("Diarienummer", decision.caseNumber)
            + field("Beslut", decision.text)
    }

    /// A feedback round: its audience, when it is planned and when it was sent.
    private static func roundLines(_ round: FeedbackRound, in dialogue: Dialogue) -> [String] {
        let audience = dialogue.feedbackAudience(id: round.audience)?.name ?? round.audience
        let sent = round.sentOn.map { date in "\(date)" + (round.sentBy.map { " av \($0)" } ?? "") }
        return head(round.id, "Återkoppling till: \(audience)") + field("Planerad", round.plannedOn?.description ?? "")
            + field("Skickad", sent ?? "ej skickad")
    }
}
