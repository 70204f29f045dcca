import DialogueKit
import Foundation

extension Person: PlanningRecord {
    typealias Field = PersonField

    static var formTitle: (existing: String, new: String) {
        (UIStrings.swedish.personTitle, UIStrings.swedish.newPersonTitle)
    }

    static var deleteQuestion: (title: String, body: String) {
        (UIStrings.swedish.confirmDeletePersonTitle, UIStrings.swedish.confirmDeletePersonBody)
    }

    static func all(in dialogue: Dialogue) -> [Person] { dialogue.planning.people }

    static func add(_ text: String, to dialogue: inout Dialogue, by _: String, at now: Date) -> String {
        dialogue.addPerson(name: text, role: .official, at: now)
    }

    static func save(_ record: Person, in dialogue: inout Dialogue, by _: String, at now: Date) throws(DialogueError) {
        guard dialogue.updatePerson(record, at: now) else { throw .noSuchPerson(record.id) }
    }

    static func remove(id: String, from dialogue: inout Dialogue, by _: String, at now: Date) throws(DialogueError) {
        guard dialogue.removePerson(id: id, at: now) else { throw .noSuchPerson(id) }
    }
}
