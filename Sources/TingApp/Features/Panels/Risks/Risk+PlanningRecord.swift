import DialogueKit
import Foundation

extension Risk: PlanningRecord {
    typealias Field = RiskField

    static var formTitle: (existing: String, new: String) {
        (UIStrings.swedish.riskTitle, UIStrings.swedish.newRiskTitle)
    }

    static var deleteQuestion: (title: String, body: String) {
        (UIStrings.swedish.confirmDeleteRiskTitle, UIStrings.swedish.confirmDeleteEntryBody)
    }

    static func all(in dialogue: Dialogue) -> [Risk] { dialogue.planning.risks }

    static func add(_ text: String, to dialogue: inout Dialogue, by _: String, at now: Date) -> String {
        dialogue.addRisk(text, at: now)
    }

    static func save(_ record: Risk, in dialogue: inout Dialogue, by _: String, at now: Date) throws(DialogueError) {
        guard dialogue.updateRisk(record, at: now) else { throw .noSuchPlanningEntry(record.id) }
    }

    static func remove(id: String, from dialogue: inout Dialogue, by _: String, at now: Date) throws(DialogueError) {
        guard dialogue.removeRisk(id: id, at: now) else { throw .noSuchPlanningEntry(id) }
    }
}
