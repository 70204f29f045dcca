import Foundation

extension Dialogue {
    /// The person with this id, if the dialogue's planning has them.
    public func person(id: String) -> Person? {
        planning.people.first { $0.id == id }
    }

    /// Adds a person with the next free id (`p1`, `p2`, …) and returns that id.
    @discardableResult
    public mutating func addPerson(name: String, role: PersonRole, at now: Date) -> String {
        let id = Planning.nextID(prefix: "p", after: planning.people.map(\.id))
        planning.people.append(Person(id: id, name: name, role: role))
        modifiedAt = now
        return id
    }

    /// Replaces a person's details (found by id).
    public mutating func updatePerson(_ person: Person, at now: Date) throws(DialogueError) {
        guard planning.people.replace(person) else { throw .noSuchPerson(person.id) }
        modifiedAt = now
    }

    /// Removes a person and clears every checklist item assigned to them.
    public mutating func removePerson(id: String, at now: Date) throws(DialogueError) {
        guard planning.people.remove(id: id) else { throw .noSuchPerson(id) }
        for p in phases.indices {
            for i in phases[p].items.indices where phases[p].items[i].assignee == id {
                phases[p].items[i].assignee = nil
            }
        }
        modifiedAt = now
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
