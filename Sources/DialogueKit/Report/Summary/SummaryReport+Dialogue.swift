import Foundation

extension SummaryReport {
    /// The report of `dialogue` as it stands on `today`: Vänersborg's six contents, each in the words of the
    /// checklist item tagged with it (`ChecklistItem.report`) beside the data Ting holds, then Ting's own
    /// records — decisions, goals, representation, inputs with their responses, feedback, side issues and the
    /// participants' evaluation. The days inputs were captured on are read in `calendar`.
    public init(dialogue: Dialogue, today: LocalDate, calendar: Calendar) {
        let reading = Reading(dialogue)
        self.init(
            title: dialogue.title, metadata: SummaryReport.metadata(of: dialogue, today: today),
            sections: ReportTopic.allCases.map { SummaryReport.topicSection($0, of: reading) }
                + SummaryReport.recordSections(of: reading, today: today, calendar: calendar))
    }

    /// What stands under the title; an empty field says "ej ifyllt" rather than vanishing.
    static func metadata(of dialogue: Dialogue, today: LocalDate) -> [Field] {
        let level = dialogue.influenceLevel
        return [
            Field("Frågan", dialogue.question), Field("Syfte", dialogue.purpose),
            Field("Nämnd", dialogue.committee), Field("Förvaltning", dialogue.administration),
            Field("Diarienummer", dialogue.caseNumber),
            Field(
                "Inflytandenivå",
                level.map { [$0.name, $0.residentsGet].compactMap { $0 }.joined(separator: " – ") }
                    ?? "ej vald"),
            Field(
                "Löfte till deltagarna",
                level == nil ? "ingen nivå vald" : dialogue.levelPromise ?? "handboken anger inget löfte för nivån"),
            Field("Mall", "\(dialogue.template.name) (version \(dialogue.template.version))"),
            Field("Sammanställd", today.description),
        ].map { field in
            let value = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
            return Field(field.label, value.isEmpty ? SummaryReport.notFilledIn : value)
        }
    }

    /// The words for an empty fact.
    static let notFilledIn = "ej ifyllt"
    /// The words for a report part no checklist answer gives.
    static let notAnswered = "Ej besvarat"
}
