import DialogueKit
import Foundation

/// The JSON `ting list --json` prints: one object per file, dialogues and damaged files alike.
enum ListJSON {
    private struct Row: Encodable {
        var stem: String
        var file: String
        var title: String?
        var template: String?
        var currentPhase: Phase?
        var progress: ChecklistProgress?
        var gate: GateState?
        var modifiedAt: Date?
        var readOnly: Bool?
        /// Phases whose end date has passed while their checklist is incomplete.
        var overduePhases: [Phase]?
        var damaged: String?
    }

    /// The rows of `entries`, with the phases overdue on `today`.
    static func encode(_ entries: [LibraryEntry], today: LocalDate) throws -> Data {
        let rows = entries.map { entry -> Row in
            switch entry {
            case .dialogue(let d):
                Row(
                    stem: d.stem, file: "\(d.stem).json", title: d.title, template: d.templateID,
                    currentPhase: d.currentPhase, progress: d.progress, gate: d.gate, modifiedAt: d.modifiedAt,
                    readOnly: d.isReadOnly, overduePhases: d.overduePhases(today: today))
            case .damaged(let file):
                Row(stem: entry.stem, file: file.fileName, damaged: file.reason)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(rows)
    }
}
