import Foundation

extension SummaryReport {
    /// Ting's own records after the six contents, each part there even when empty, saying so.
    static func recordSections(of dialogue: Dialogue, calendar: Calendar) -> [Section] {
        [
            decisionsSection(dialogue), goalsSection(dialogue), inputsSection(dialogue), feedbackSection(dialogue),
            sideIssuesSection(dialogue), surveySection(dialogue),
        ]
    }

    /// The decisions register: body, date, §, case number and what was decided.
    static func decisionsSection(_ dialogue: Dialogue) -> Section {
        let decisions = dialogue.followUp.decisions
        guard !decisions.isEmpty else { return Section("Beslut", blocks: [.paragraph("Inga beslut registrerade.")]) }
        return Section(
            "Beslut",
            blocks: [
                .table(
                    Table(
                        caption: "Beslutsregistret",
                        columns: ["Beslut", "Organ", "Datum", "§", "Diarienummer", "Vad som beslutades", "Grundat på"],
                        rows: decisions.map { decision in
                            [
                                decision.id, decision.body, decision.date?.description ?? "–", decision.paragraph,
                                decision.caseNumber, decision.text, basisWords(dialogue.basis(of: decision.id)),
                            ]
                        }))
            ])
    }

    /// What a decision was based on, in words: the themes and how many inputs reach it.
    static func basisWords(_ basis: DecisionBasis) -> String {
        guard !basis.isEmpty else { return "inga svar länkar beslutet" }
        let themes = basis.themes.map(\.tag)
        return
            ((themes.isEmpty ? [] : ["teman: " + themes.joined(separator: ", ")])
            + [SwedishCount.phrase(basis.inputCount, one: "inspel", other: "inspel")]).joined(separator: " · ")
    }

    /// The goals with indicators, outcome and whether they were met.
    static func goalsSection(_ dialogue: Dialogue) -> Section {
        let goals = dialogue.planning.goals
        guard !goals.isEmpty else { return Section("Mål och utfall", blocks: [.paragraph("Inga mål formulerade.")]) }
        return Section(
            "Mål och utfall",
            blocks: [
                .table(
                    Table(
                        caption: "Målen med indikatorer, utfall och om de uppfylldes",
                        columns: ["Mål", "Slag", "Indikatorer", "Utfall", "Uppfyllt"],
                        rows: goals.map { goal in
                            [
                                goal.goal, goal.kind.swedishName, goal.indicators,
                                goal.outcome.isEmpty ? notFilledIn : goal.outcome,
                                goal.fulfilled?.rawValue ?? "ej bedömt",
                            ]
                        }))
            ])
    }

    /// The feedback rounds: to whom, when planned, through which channels, when sent and by whom.
    static func feedbackSection(_ dialogue: Dialogue) -> Section {
        let rounds = dialogue.followUp.feedbackRounds
        guard !rounds.isEmpty else {
            return Section("Återkoppling", blocks: [.paragraph("Ingen återkoppling planerad.")])
        }
        return Section(
            "Återkoppling",
            blocks: [
                .table(
                    Table(
                        caption: "Återkopplingsomgångar", columns: ["Till", "Planerad", "Kanaler", "Skickad", "Av"],
                        rows: rounds.map { round in
                            [
                                dialogue.followUp.audiences.first { $0.id == round.audience }?.name ?? round.audience,
                                round.plannedOn?.description ?? "–", round.channels.joined(separator: ", "),
                                round.sentOn?.description ?? "ej skickad", round.sentBy ?? "",
                            ]
                        }))
            ])
    }

    /// The questions raised that the dialogue could not answer, and where they went.
    static func sideIssuesSection(_ dialogue: Dialogue) -> Section {
        let issues = dialogue.planning.sideIssues
        guard !issues.isEmpty else {
            return Section("Frågor utanför dialogen", blocks: [.paragraph("Inga frågor utanför dialogen.")])
        }
        return Section(
            "Frågor utanför dialogen",
            blocks: [
                .table(
                    Table(
                        caption: "Frågor som skickats vidare", columns: ["Fråga", "Skickad vidare till", "Datum"],
                        rows: issues.map { [$0.question, $0.passedTo, $0.date?.description ?? "–"] }))
            ])
    }

    /// The participants' own evaluation: counts and shares per statement and option.
    static func surveySection(_ dialogue: Dialogue) -> Section {
        guard let survey = dialogue.followUp.evaluation.participantSurvey, !survey.statements.isEmpty else {
            return Section("Deltagarnas utvärdering", blocks: [.paragraph("Ingen enkät till deltagarna inlagd.")])
        }
        let rows = survey.statements.map { statement in
            [statement.text]
                + survey.options.map { option in
                    share(statement.counts[option.id] ?? 0, of: statement.total)
                } + [String(statement.total)]
        }
        var blocks: [Block] = [
            .table(
                Table(
                    caption: "Antal och andel svar per påstående",
                    columns: ["Påstående"] + survey.options.map(\.label) + ["Svar"], rows: rows))
        ]
        if !survey.note.isEmpty { blocks.append(.paragraph(survey.note)) }
        return Section("Deltagarnas utvärdering", blocks: blocks)
    }

    /// `12 (40 %)`: a count and its share of `total`, rounded to a whole percent; just the count when no one answered.
    static func share(_ count: Int, of total: Int) -> String {
        guard total > 0 else { return String(count) }
        return "\(count) (\(Int((Double(count) * 100 / Double(total)).rounded())) %)"
    }
}
