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
        /// Who else has the dialogue open now, and since when.
        var openElsewhere: [OpenRow]?
    }

    private struct OpenRow: Encodable {
        var user: String
        var host: String
        var since: Date
    }

    /// Prints the rows of `entries`, with the phases overdue on `today` and who else has each dialogue open.
    static func print(_ entries: [LibraryEntry], today: LocalDate, open: [String: [DialoguePresence]]) throws {
        let rows = entries.map { entry -> Row in
            switch entry {
            case .dialogue(let d):
                Row(
                    stem: d.stem, file: "\(d.stem).json", title: d.title, template: d.templateID,
                    currentPhase: d.currentPhase, progress: d.progress, gate: d.gate, modifiedAt: d.modifiedAt,
                    readOnly: d.isReadOnly, overduePhases: d.overduePhases(today: today),
                    openElsewhere: open[d.stem].map { presences in
                        presences.map { OpenRow(user: $0.identity.user, host: $0.identity.host, since: $0.since) }
                    })
            case .damaged(let file):
                Row(stem: entry.stem, file: file.fileName, damaged: file.reason)
            }
        }
        try Output.printJSON(encoding: rows)
    }
}
