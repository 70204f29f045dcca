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
        /// Everything whose day has passed, phases' ends included, soonest first.
        var overdue: [DueRow]?
        /// The soonest thing due: the most overdue one, else the next upcoming one.
        var nextDue: DueRow?
        var damaged: String?
        /// Who else has the dialogue open now, and since when.
        var openElsewhere: [OpenRow]?
    }

    private struct DueRow: Encodable {
        var date: LocalDate
        var overdue: Bool
        var kind: DueKind
        /// The phase's id, the activity's or feedback round's id, or the publication's moment.
        var reference: String
        var text: String

        init(_ item: DueItem, today: LocalDate) {
            (date, overdue, kind, reference, text) = (
                item.date, item.isOverdue(today: today), item.kind, item.reference, item.words
            )
        }
    }

    private struct OpenRow: Encodable {
        var user: String
        var host: String
        var since: Date
    }

    /// Prints the rows of `entries`, with what is overdue on `today`, what is due next and who else has each dialogue open.
    static func print(_ entries: [LibraryEntry], today: LocalDate, open: [String: [DialoguePresence]]) throws {
        let rows = entries.map { entry -> Row in
            switch entry {
            case .dialogue(let d):
                Row(
                    stem: d.stem, file: "\(d.stem).json", title: d.title, template: d.templateID,
                    currentPhase: d.currentPhase, progress: d.progress, gate: d.gate, modifiedAt: d.modifiedAt,
                    readOnly: d.isReadOnly, overduePhases: d.overduePhases(today: today),
                    overdue: d.due.overdue(today: today).map { DueRow($0, today: today) },
                    nextDue: d.nextDue.map { DueRow($0, today: today) },
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
