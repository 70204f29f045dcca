import DialogueKit
import Foundation

extension Decision: PlanningRecord {
    typealias Field = DecisionField

    static var formTitle: (existing: String, new: String) {
        (UIStrings.swedish.decisionFormTitle, UIStrings.swedish.newDecisionTitle)
    }

    static var deleteQuestion: (title: String, body: String) {
        (UIStrings.swedish.confirmDeleteDecisionTitle, UIStrings.swedish.confirmDeleteEntryBody)
    }

    static func all(in dialogue: Dialogue) -> [Decision] { dialogue.followUp.decisions }

    /// A new decision with who decided; the other fields follow in the form.
    static func add(_ text: String, to dialogue: inout Dialogue, by actor: String, at now: Date)
        throws(DialogueError) -> String
    {
        try dialogue.addDecision(
            body: text, date: nil, paragraph: "", caseNumber: "", text: "", by: actor, at: now)
    }

    static func save(_ record: Decision, in dialogue: inout Dialogue, by actor: String, at now: Date)
        throws(DialogueError)
    {
        try dialogue.updateDecision(record, by: actor, at: now)
    }

    static func remove(id: String, from dialogue: inout Dialogue, by actor: String, at now: Date)
        throws(DialogueError)
    {
        try dialogue.removeDecision(id: id, by: actor, at: now)
    }
}
