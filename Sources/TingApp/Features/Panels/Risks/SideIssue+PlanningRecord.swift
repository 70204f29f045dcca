import DialogueKit
import Foundation

extension SideIssue: PlanningRecord {
    typealias Field = SideIssueField

    static var formTitle: (existing: String, new: String) {
        (UIStrings.swedish.sideIssueTitle, UIStrings.swedish.newSideIssueTitle)
    }

    static var deleteQuestion: (title: String, body: String) {
        (UIStrings.swedish.confirmDeleteSideIssueTitle, UIStrings.swedish.confirmDeleteEntryBody)
    }

    static func all(in dialogue: Dialogue) -> [SideIssue] { dialogue.planning.sideIssues }

    static func add(_ text: String, to dialogue: inout Dialogue, by _: String, at now: Date) -> String {
        dialogue.addSideIssue(text, at: now)
    }

    static func save(_ record: SideIssue, in dialogue: inout Dialogue, by _: String, at now: Date) throws(DialogueError)
    {
        guard dialogue.updateSideIssue(record, at: now) else { throw .noSuchPlanningEntry(record.id) }
    }

    static func remove(id: String, from dialogue: inout Dialogue, by _: String, at now: Date) throws(DialogueError) {
        guard dialogue.removeSideIssue(id: id, at: now) else { throw .noSuchPlanningEntry(id) }
    }
}
