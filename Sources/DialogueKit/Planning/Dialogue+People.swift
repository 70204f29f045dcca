import Foundation

extension Dialogue {
    /// The person with this id, if the dialogue's planning has them.
    public func person(id: String) -> Person? {
        planning.people.first { $0.id == id }
    }

    /// Adds a person with the next free id (`p1`, `p2`, …) and returns that id.
    @discardableResult
    public mutating func addPerson(name: String, role: PersonRole, at now: Date) -> String {
        appendEntry(to: \.people, prefix: "p", at: now) { Person(id: $0, name: name, role: role) }
    }

    /// Replaces the person with the same id; false, changing nothing, when there is none.
    @discardableResult
    public mutating func updatePerson(_ person: Person, at now: Date) -> Bool {
        replaceEntry(person, in: \.people, at: now)
    }

    /// Removes a person and clears every checklist item assigned to them; false, changing nothing,
    /// when there is no such person.
    @discardableResult
    public mutating func removePerson(id: String, at now: Date) -> Bool {
        guard removeEntry(id: id, from: \.people, at: now) else { return false }
        for p in phases.indices {
            for i in phases[p].items.indices where phases[p].items[i].assignee == id {
                phases[p].items[i].assignee = nil
            }
        }
        return true
    }

    /// Sets who owns the question, who is responsible for the dialogue and how it is facilitated.
    public mutating func setResponsibility(_ responsibility: Responsibility, at now: Date) {
        planning.responsibility = responsibility
        modifiedAt = now
    }

    /// Assigns a checklist item to a person (nil: to nobody), recording who did it and when.
    public mutating func assign(itemID: String, to personID: String?, by actor: String, at now: Date)
        throws(DialogueError)
    {
        guard let (p, i) = location(of: itemID) else { throw .noSuchItem(itemID) }
        if let personID, person(id: personID) == nil { throw .noSuchPerson(personID) }
        phases[p].items[i].assignee = personID
        phases[p].items[i].lastChange = ItemChange(by: actor, at: now)
        modifiedAt = now
    }
}
