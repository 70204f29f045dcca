import DialogueKit
import Foundation

/// A kind of entry listed in a panel and edited in a form: a person, a risk, a side issue, a decision.
/// Each bridges to the domain's own edit methods, so the panels share one list and form behaviour.
protocol PlanningRecord: Identifiable, Sendable where ID == String {
    associatedtype Field: RecordField where Field.Record == Self
    /// The form's title for an existing entry and for a new one.
    static var formTitle: (existing: String, new: String) { get }
    /// The question asked before an entry is deleted, and what deleting it does.
    static var deleteQuestion: (title: String, body: String) { get }
    /// The dialogue's entries of this kind, in order.
    static func all(in dialogue: Dialogue) -> [Self]
    /// Adds an entry with `text` in its first field, made by `actor`; returns its id.
    static func add(_ text: String, to dialogue: inout Dialogue, by actor: String, at now: Date)
        throws(DialogueError) -> String
    /// Replaces the entry with the same id.
    static func save(_ record: Self, in dialogue: inout Dialogue, by actor: String, at now: Date)
        throws(DialogueError)
    /// Deletes the entry with this id.
    static func remove(id: String, from dialogue: inout Dialogue, by actor: String, at now: Date)
        throws(DialogueError)
}
