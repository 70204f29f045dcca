import Foundation

extension SummaryReport {
    /// Ting's own records after the six contents, each part there even when empty, saying so.
    static func recordSections(of reading: Reading, today: LocalDate, calendar: Calendar) -> [Section] {
        let dialogue = reading.dialogue
        return
            [
                levelSection(dialogue), decisionsSection(dialogue), goalsSection(dialogue),
                representationSection(dialogue),
                successSection(reading.marks), inputsSection(reading, calendar: calendar),
                feedbackSection(dialogue, today: today), sideIssuesSection(dialogue),
                surveySection(dialogue),
            ]
    }

    /// The chosen influence level, its promise, and where the promise is not yet kept.
    static func levelSection(_ dialogue: Dialogue) -> Section {
        let heading = "Inflytandenivå och löfte"
        guard let level = dialogue.influenceLevel else {
            return Section(heading, blocks: [.paragraph("Ingen inflytandenivå är vald.")])
        }
        var blocks: [Block] = [.paragraph("\(level.name): \(level.description)")]
        blocks.append(
            .paragraph(dialogue.levelPromise.map { "Löftet: \($0)" } ?? "Handboken anger inget löfte för nivån."))
        let gaps = dialogue.promiseGaps()
        if dialogue.levelPromise != nil {
            blocks.append(
                gaps.isEmpty
                    ? .paragraph("Löftet hålls: alla inspel har svar och återkoppling är skickad.")
                    : .bullets(gaps.map { "Löftet hålls ännu inte: \($0.text) – \($0.fix)." }))
        }
        return Section(heading, blocks: blocks)
    }

    /// The target groups planned against reached, priority 1 first, with the groups never reached named.
    static func representationSection(_ dialogue: Dialogue) -> Section {
        let check = RepresentationCheck(dialogue: dialogue)
        var blocks: [Block] = [.paragraph(check.answer)]
        if !check.rows.isEmpty {
            blocks.append(
                .table(
                    Table(
                        caption: "Målgrupper, planerat och nått",
                        columns: ["Målgrupp", "Prioritet", "Planerat antal", "Deltagare", "Inspel", "Nådd"],
                        rows: check.rows.map { row in
                            [
                                row.group.name, String(row.priority), row.planned.map(String.init) ?? "–",
                                String(row.attended), String(row.inputs), row.reached ? "ja" : "nej",
                            ]
                        })))
        }
        return Section("Representation", blocks: blocks)
    }

    /// Helsingborg's four marks of a successful dialogue, each judged with its evidence.
    static func successSection(_ marks: [SuccessMark]) -> Section {
        Section(
            "Kännetecken på en lyckad dialog",
            blocks: [
                .table(
                    Table(
                        caption: "Helsingborgs fyra kännetecken och vad underlaget visar",
                        columns: ["Kännetecken", "Bedömning", "Underlag"],
                        rows: marks.map {
                            [$0.text, $0.metWords, $0.evidence.joined(separator: "\n")]
                        }
                    ))
            ])
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
    static func feedbackSection(_ dialogue: Dialogue, today: LocalDate) -> Section {
        let rounds = dialogue.followUp.feedbackRounds
        let overdue = Set(dialogue.overdueFeedback(today: today).map(\.id))
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
                                dialogue.feedbackAudience(id: round.audience)?.name ?? round.audience,
                                round.plannedOn?.description ?? "–", round.channels.joined(separator: ", "),
                                round.sentOn?.description
                                    ?? (overdue.contains(round.id) ? "ej skickad, försenad" : "ej skickad"),
                                round.sentBy ?? "",
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
