/// Helsingborg's four marks of a successful dialogue process, each judged from the data.
extension Dialogue {
    /// The four marks in Helsingborg's order, each with its evidence: the groups reached, the questions
    /// discussed, the results wanted (resultatmål), and feedback sent to those who took part.
    public func successMarks() -> [SuccessMark] {
        successMarks(tally: EvidenceTally(self))
    }

    /// The four marks, counted from a tally of this dialogue's inputs.
    public func successMarks(tally: EvidenceTally) -> [SuccessMark] {
        [reachedMark(tally), questionsMark(tally), resultsMark(tally), feedbackMark()]
    }

    /// "Vi har haft dialog med de som vi ville ha dialog med.": met when every target group was reached.
    private func reachedMark(_ tally: EvidenceTally) -> SuccessMark {
        let check = RepresentationCheck(dialogue: self, tally: tally)
        return SuccessMark(
            id: "utvardering.lyckad.ratt-deltagare", text: "Vi har haft dialog med de som vi ville ha dialog med.",
            evidence: representationEvidence(check), met: check.rows.isEmpty ? nil : check.unreached.isEmpty)
    }

    /// "Vi har haft dialog kring den eller de frågor som vi ville.": the question, the inputs per agenda point
    /// of the held activities, by category and theme; met when most inputs were about the question (not side
    /// issues, not answered "utanför frågan"), unjudged while no activity is held and nothing is said.
    private func questionsMark(_ tally: EvidenceTally) -> SuccessMark {
        var lines: [String] = []
        if !question.isEmpty { lines.append("Frågan: \(question)") }
        let offTopic = tally.offTopic
        let total = tally.inputs.total
        let held = planning.activities.filter { $0.status == .held }
        for activity in held {
            for point in activity.agenda {
                lines.append(
                    "\(activity.title) · \(point.title): \(tally.inputs(activity: activity.id, point: point.id)) inspel"
                )
            }
        }
        let met: Bool?
        let inputLines = inputEvidence(tally.inputs)
        if total == 0 {
            met = held.isEmpty ? nil : false
        } else {
            lines += inputLines.dropFirst()
            lines.append(
                "\(total - offTopic) av \(total) inspel handlade om frågan; \(offTopic) låg utanför (sidofrågor eller svar utanför frågan)"
            )
            met = offTopic * 2 < total
        }
        if total == 0 { lines.append(inputLines[0]) }
        return SuccessMark(
            id: "utvardering.lyckad.ratt-fragor", text: "Vi har haft dialog kring den eller de frågor som vi ville.",
            evidence: lines, met: met)
    }

    /// "Vi har fått det underlag eller resultat som vi önskade av dialogen.": the result goals with outcome and
    /// uppfyllt, and the inputs; met when every result goal is fulfilled, unjudged while one is not assessed.
    private func resultsMark(_ tally: EvidenceTally) -> SuccessMark {
        let goals = planning.goals.filter { $0.kind == .result && !$0.isEmpty }
        var lines =
            goals.isEmpty ? ["Inga resultatmål är satta; skriv dem i Planering under Mål."] : goalEvidence(goals)
        lines.append(inputEvidence(tally.inputs)[0])
        let met: Bool? =
            goals.isEmpty || goals.contains { $0.fulfilled == nil } ? nil : goals.allSatisfy { $0.fulfilled == .yes }
        return SuccessMark(
            id: "utvardering.lyckad.underlag",
            text: "Vi har fått det underlag eller resultat som vi önskade av dialogen.",
            evidence: lines, met: met)
    }

    /// "Vi har återkopplat till dem som deltog i dialogen.": met when a feedback round to the participants is sent.
    private func feedbackMark() -> SuccessMark {
        let rounds = followUp.feedbackRounds.filter { $0.audience == FeedbackAudience.participantsID }
        let lines =
            rounds.isEmpty
            ? ["Ingen återkoppling till deltagarna är planerad; planera den i Återkoppling."]
            : feedbackEvidence(rounds)
        return SuccessMark(
            id: "utvardering.lyckad.aterkopplat", text: "Vi har återkopplat till dem som deltog i dialogen.",
            evidence: lines, met: rounds.contains(where: \.isSent))
    }
}
