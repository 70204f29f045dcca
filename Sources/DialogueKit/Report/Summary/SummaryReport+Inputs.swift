import Foundation

extension SummaryReport {
    /// The most unanswered inputs the report lists one by one; it counts them all.
    static let listedUnanswered = 20

    /// What residents said and what became of it: responses per status, inputs per category and per theme with
    /// the themes' responses, and the inputs still without a response. Hidden inputs are not counted.
    static func inputsSection(_ reading: Reading, calendar: Calendar) -> Section {
        let dialogue = reading.dialogue
        let counts = dialogue.responseCounts()
        let tally = AnswerTally(dialogue)
        let statuses = Table(
            caption: "Inspel per svar", columns: ["Svar", "Inspel"],
            rows: counts.byStatus.map { [$0.status.words, String($0.count)] } + [
                ["utan svar", String(counts.unanswered)]
            ])
        let categories = Table(
            caption: "Inspel per kategori", columns: ["Kategori", "Inspel", "Besvarade"],
            rows: dialogue.inputCategories.map { category in
                let (total, answered) = tally.byCategory[category.id] ?? (0, 0)
                return [category.title, String(total), String(answered)]
            }
                + tally.byCategory.keys.filter { id in !id.isEmpty && !dialogue.inputCategories.contains { $0.id == id }
                }
                .sorted().map { id in
                    [id, String(tally.byCategory[id]?.total ?? 0), String(tally.byCategory[id]?.answered ?? 0)]
                }
                + (tally.byCategory[""].map { [["utan kategori", String($0.total), String($0.answered)]] } ?? []))
        let themes = reading.themes
        let themeTable = Table(
            caption: "Inspel per tema och temats svar",
            columns: ["Tema", "Inspel", "Besvarade", "Temats svar", "Skäl"],
            rows: themes.map { theme in
                [
                    theme.tag, String(theme.inputCount), String(tally.byTag[theme.tag] ?? 0),
                    theme.response.map(responseWords) ?? "inget temasvar",
                    theme.response?.reason ?? "",
                ]
            })
        return Section(
            "Underlaget",
            blocks: [
                .paragraph(
                    "\(SwedishCount.phrase(counts.total, one: "inspel", other: "inspel")) i underlaget, "
                        + "\(counts.answered) med svar och \(counts.unanswered) utan svar (dolda inspel räknas inte).")
            ],
            subsections: [
                Section("Svar per status", blocks: [.table(statuses)]),
                Section("Per kategori", blocks: [.table(categories)]),
                Section(
                    "Per tema",
                    blocks: [themes.isEmpty ? .paragraph("Inga inspel har taggats med teman.") : .table(themeTable)]),
                unansweredSection(dialogue, calendar: calendar),
            ])
    }

    /// The inputs still without a response, counted, and the first of them listed with the day each was
    /// captured (in `calendar`).
    static func unansweredSection(_ dialogue: Dialogue, calendar: Calendar) -> Section {
        let unanswered = dialogue.unansweredInputs()
        guard !unanswered.isEmpty else {
            return Section("Inspel utan svar", blocks: [.paragraph("Alla inspel har fått svar.")])
        }
        var blocks: [Block] = [
            .paragraph("\(SwedishCount.phrase(unanswered.count, one: "inspel", other: "inspel")) saknar svar."),
            .bullets(
                unanswered.prefix(listedUnanswered).map {
                    "\($0.id), \(LocalDate($0.capturedAt, calendar: calendar)): \($0.text)"
                }),
        ]
        if unanswered.count > listedUnanswered {
            blocks.append(.paragraph("… och \(unanswered.count - listedUnanswered) till."))
        }
        return Section("Inspel utan svar", blocks: blocks)
    }

    /// A response in words: its status, where it was sent on, and the decisions it fed.
    static func responseWords(_ response: Response) -> String {
        var words = response.status.words
        if let forwardedTo = response.forwardedTo { words += " → vidare till \(forwardedTo)" }
        if !response.decisions.isEmpty { words += " (beslut \(response.decisions.joined(separator: ", ")))" }
        return words
    }
}
