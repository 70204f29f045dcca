/// The evidence Ting holds for an evaluation question, as lines of Swedish shown beside the question (the
/// Analys panel) and in the summary report. Each kind reads the dialogue once; call it when the dialogue
/// changes, not per frame, and with one `EvidenceTally` for several kinds.
extension Dialogue {
    /// The lines for one kind of evidence; never empty: with nothing to show, one line says so and where to fill it in.
    public func evidence(_ kind: EvidenceKind) -> [String] {
        evidence(kind, tally: EvidenceTally(self))
    }

    /// The lines for one kind of evidence, counted from a tally of this dialogue's inputs.
    public func evidence(_ kind: EvidenceKind, tally: EvidenceTally) -> [String] {
        switch kind {
        case .goals: goalEvidence(planning.goals)
        case .representation: representationEvidence(RepresentationCheck(dialogue: self, tally: tally))
        case .methods: methodEvidence(methodsUsed(tally: tally))
        case .inputs: inputEvidence(tally.inputs)
        case .decisions: decisionEvidence(tally)
        case .feedback: feedbackEvidence(followUp.feedbackRounds)
        case .participants: participantEvidence()
        }
    }

    /// One line a goal: "Resultatmål: … · indikatorer: … · utfall: … · uppfyllt: ja".
    func goalEvidence(_ goals: [Goal]) -> [String] {
        let goals = goals.filter { !$0.isEmpty }
        guard !goals.isEmpty else { return ["Inga mål är satta; skriv dem i Planering under Mål."] }
        return goals.map { goal in
            var parts = ["\(goal.kind.swedishName): \(goal.goal.isEmpty ? "(målet saknar text)" : goal.goal)"]
            if !goal.indicators.isEmpty { parts.append("indikatorer: \(goal.indicators)") }
            parts.append("utfall: \(goal.outcome.isEmpty ? "inte ifyllt" : goal.outcome)")
            parts.append("uppfyllt: \(goal.fulfilled?.rawValue ?? "inte bedömt")")
            return parts.joined(separator: " · ")
        }
    }

    /// The check's answer, then one line a group in its order.
    func representationEvidence(_ check: RepresentationCheck) -> [String] {
        [check.answer]
            + check.rows.map { row in
                let planned = row.planned.map { "planerat \($0)" } ?? "inget planerat antal"
                let verdict = row.reached ? "nådd" : "inte nådd"
                return "Prioritet \(row.priority) · \(row.group.name): \(planned), \(row.attended) deltagare, "
                    + "\(row.inputs) inspel — \(verdict)"
            }
    }

    /// One line a method used: its activities, attendance and inputs, and how it worked.
    func methodEvidence(_ uses: [MethodUse]) -> [String] {
        guard !uses.isEmpty else {
            return ["Inga metoder är valda; välj dem i Planering eller ange metod på aktiviteterna."]
        }
        return uses.map { use in
            let activities = SwedishCount.phrase(use.activities.count, one: "aktivitet", other: "aktiviteter")
            let note = use.howItWorked.isEmpty ? "inte beskrivet än" : use.howItWorked
            return "\(use.name): \(activities), \(use.held) genomförda, \(use.attended) deltagare, "
                + "\(use.inputs) inspel — hur det fungerade: \(note)"
        }
    }

    /// The count of visible inputs, by category and by theme (most first, the first eight).
    func inputEvidence(_ counts: InputCounts) -> [String] {
        guard counts.total > 0 else { return ["Inga inspel är registrerade; de samlas i Genomförande under Underlag."] }
        var lines = ["\(counts.total) inspel i underlaget"]
        var categories = inputCategories.compactMap { category in
            counts.byCategory[category.id].map { "\(category.title) \($0)" }
        }
        if counts.uncategorised > 0 { categories.append("utan kategori \(counts.uncategorised)") }
        lines.append("Kategorier: " + categories.joined(separator: ", "))
        let themes = counts.tagsByCount
        if themes.isEmpty {
            lines.append("Inga teman är satta på inspelen.")
        } else {
            var line = "Teman: " + themes.prefix(8).map { "\($0.tag) \($0.count)" }.joined(separator: ", ")
            if themes.count > 8 {
                line += " och \(SwedishCount.phrase(themes.count - 8, one: "tema", other: "teman")) till"
            }
            lines.append(line)
        }
        return lines
    }

    /// The responses per status (the unanswered counted), then one line a decision with what it rests on.
    func decisionEvidence(_ tally: EvidenceTally) -> [String] {
        let counts = tally.responses
        var lines: [String] = []
        if counts.total > 0 {
            let given = counts.byStatus.filter { $0.count > 0 }.map { "\($0.status.words) \($0.count)" }
            lines.append(
                "Svar på \(counts.total - counts.unanswered) av \(counts.total) inspel"
                    + (given.isEmpty ? "" : ": " + given.joined(separator: ", "))
                    + (counts.unanswered > 0 ? "; utan svar \(counts.unanswered)" : ""))
        }
        if followUp.decisions.isEmpty {
            lines.append("Inga beslut är registrerade; de förs in i Återkoppling under Beslut.")
        }
        for decision in followUp.decisions {
            var line = decision.body.isEmpty ? "Beslut" : decision.body
            if let date = decision.date { line += " \(date)" }
            if !decision.paragraph.isEmpty { line += " \(decision.paragraph)" }
            if !decision.caseNumber.isEmpty { line += " (\(decision.caseNumber))" }
            line += ": " + (decision.text.isEmpty ? "beslutet saknar text" : decision.text)
            let basis = tally.inputs(decision: decision.id)
            lines.append(line + " — grundat på \(SwedishCount.phrase(basis, one: "inspel", other: "inspel"))")
        }
        return lines
    }

    /// One line a feedback round: to whom, planned, sent, by whom, through which channels.
    func feedbackEvidence(_ rounds: [FeedbackRound]) -> [String] {
        guard !rounds.isEmpty else { return ["Ingen återkoppling är planerad; planera den i Återkoppling."] }
        return rounds.map { round in
            let audience = followUp.audiences.first { $0.id == round.audience }?.name ?? round.audience
            var line = "\(audience): planerad \(round.plannedOn?.description ?? "utan datum")"
            if let sent = round.sentOn {
                line += ", skickad \(sent)"
                if let by = round.sentBy, !by.isEmpty { line += " av \(by)" }
            } else {
                line += ", inte skickad"
            }
            if !round.channels.isEmpty { line += " via " + round.channels.joined(separator: ", ") }
            return line
        }
    }

    /// One line a statement of the participants' survey: the count and share of each option, and the total.
    func participantEvidence() -> [String] {
        guard let survey = followUp.evaluation.participantSurvey, !survey.statements.isEmpty else {
            return ["Ingen deltagarenkät är inmatad; för in svaren i Utvärdering under Enkät."]
        }
        return survey.statements.map { statement in
            let options = survey.options.map { option in
                "\(option.label.lowercased()) \(statement.count(of: option.id)) (\(statement.percent(of: option.id)) %)"
            }
            return "\(statement.text): " + options.joined(separator: ", ") + " — \(statement.total) svar"
        }
    }
}
