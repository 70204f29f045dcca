import Foundation

/// A dialogue as a report for `ting show`: the whole plan as readable plain text, or as JSON
/// with the computed progress, current phase and gate result. The text is not escaped for a
/// terminal; the caller does that.
public enum DialogueReport {
    /// Columns the text report wraps to.
    static let width = 80
    /// Indentation of an item's text and answer under its marker.
    static let itemIndent = "        "

    /// The whole plan as plain text; `today`, when given, marks phases under way or overdue; the times
    /// inputs were captured are told in `timeZone`.
    public static func text(_ dialogue: Dialogue, today: LocalDate?, timeZone: TimeZone = .gmt) -> String {
        var lines = [dialogue.title, String(repeating: "=", count: max(dialogue.title.count, 1)), ""]
        lines += summaryLines(dialogue)
        if case .stopped(let recommendation, let itemIDs) = dialogue.gateResult {
            lines.append("")
            let answered = "Nej på \(itemIDs.joined(separator: ", ")). \(recommendation)"
            lines += PlainTextWrapper.block(answered, firstPrefix: "STOPP: ", width: width)
        }
        for (number, checklist) in dialogue.phases.enumerated() {
            lines.append("")
            lines.append(phaseHeading(checklist, number: number + 1, dialogue: dialogue, today: today))
            for item in checklist.items {
                lines += itemLines(item, in: dialogue)
            }
        }
        lines += PlanningReport.lines(dialogue, today: today, timeZone: timeZone)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The dialogue with its computed progress, current phase, gate result, phase summaries, target
    /// groups' priorities and warnings (overdue phases when `today` is given), as pretty JSON with
    /// sorted keys and ISO 8601 times.
    public static func json(_ dialogue: Dialogue, today: LocalDate? = nil) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(ReportDocument(dialogue, today: today))
    }

    private static func summaryLines(_ dialogue: Dialogue) -> [String] {
        let progress = dialogue.progress
        let level = dialogue.influenceLevel.map { "\($0.name) – \($0.description)" }
        let template = dialogue.template
        var fields: [(String, String?)] = [
            ("Frågan", dialogue.question), ("Syfte", dialogue.purpose), ("Nämnd", dialogue.committee),
            ("Förvaltning", dialogue.administration), ("Diarienummer", dialogue.caseNumber),
            ("Mall", "\(template.name) (\(template.id), version \(template.version))"),
            ("Källa", template.source.citation), ("Inflytandenivå", level ?? "ej vald"),
        ]
        if let residentsGet = dialogue.influenceLevel?.residentsGet { fields.append(("Invånarna får", residentsGet)) }
        if let promise = dialogue.influenceLevel?.promise { fields.append(("Löfte", promise)) }
        if !dialogue.methods.isEmpty {
            fields.append(("Metoder", dialogue.methods.map(\.name).joined(separator: ", ")))
        }
        fields += [
            ("Kontrollfrågor", gateSummary(dialogue.gateResult)),
            (
                "Framsteg",
                "\(progress.done) av \(SwedishCount.phrase(progress.total, one: "punkt klar", other: "punkter klara")) "
                    + "(\(progress.percent) %)"
            ),
            ("Aktuell fas", dialogue.title(of: dialogue.currentPhase)),
        ]
        return fields.flatMap { label, value in
            let text = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let prefix = (label + ":").padding(toLength: 17, withPad: " ", startingAt: 0)
            return PlainTextWrapper.block(text.isEmpty ? "ej ifyllt" : text, firstPrefix: prefix, width: width)
        }
    }

    private static func gateSummary(_ result: GateResult) -> String {
        switch result {
        case .open(let unanswered): "öppen, \(unanswered) \(unanswered == 1 ? "obesvarad" : "obesvarade")"
        case .passed: "ja, alla besvarade med ja"
        case .stopped: "NEJ, se STOPP nedan"
        }
    }

    private static func phaseHeading(_ checklist: PhaseChecklist, number: Int, dialogue: Dialogue, today: LocalDate?)
        -> String
    {
        let progress = checklist.progress
        var heading =
            "\(number). \(checklist.title) · \(progress.done) av "
            + "\(SwedishCount.phrase(progress.total, one: "klar", other: "klara")) (\(progress.percent) %)"
        let (start, end) = dialogue.schedule(of: checklist.phase)
        switch (start, end) {
        case (let start?, let end?): heading += " · \(start) – \(end)"
        case (let start?, nil): heading += " · från \(start)"
        case (nil, let end?): heading += " · till \(end)"
        case (nil, nil): break
        }
        if let today, dialogue.overduePhases(today: today).contains(checklist.phase) {
            heading += " · slutdatum passerat"
        } else if let today, let start, start <= today, end.map({ today <= $0 }) ?? true {
            heading += " · pågår"
        }
        return heading
    }

    private static func itemLines(_ item: ChecklistItem, in dialogue: Dialogue) -> [String] {
        var head = "  " + marker(item).padding(toLength: 6, withPad: " ", startingAt: 0) + item.id
        if let role = item.role { head += "  (\(dialogue.role(id: role)?.name ?? role))" }
        if let assignee = item.assignee {
            head += "  → \(dialogue.planning.people.first { $0.id == assignee }?.name ?? assignee)"
        }
        var lines = [head]
        lines += PlainTextWrapper.block(item.text, firstPrefix: itemIndent, width: width)
        switch item.kind {
        case .question:
            if item.isComplete, let response = item.response {
                lines += PlainTextWrapper.block(response, firstPrefix: itemIndent + "Svar: ", width: width)
            }
        case .level:
            if let id = item.response {
                let name = dialogue.levels.first { $0.id == id }?.name ?? id
                lines.append(itemIndent + "Nivå: \(name)")
            }
        case .date:
            if let date = item.date { lines.append(itemIndent + "Datum: \(date)") }
        case .check, .gate:
            break
        }
        return lines
    }

    /// `[x]`/`[ ]` for a check, ja/nej for a gate, a word for an answered question, level or
    /// date, and `--` for anything unanswered.
    private static func marker(_ item: ChecklistItem) -> String {
        switch item.kind {
        case .check: item.done == true ? "[x]" : "[ ]"
        case .gate: item.answer?.word ?? "--"
        case .question: item.isComplete ? "svar" : "--"
        case .level: item.isComplete ? "nivå" : "--"
        case .date: item.isComplete ? "datum" : "--"
        }
    }
}
