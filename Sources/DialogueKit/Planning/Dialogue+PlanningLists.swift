import Foundation

/// The one way entries of the planning's lists (target groups, goals, activities, people, risks,
/// side issues) are added, replaced and removed, so every list keeps the same rules: ids from
/// `Planning.nextID`, `modifiedAt` set on a change, nothing changed when an id is missing.
extension Dialogue {
    /// Appends the entry `make` builds for the next free id with `prefix`; returns that id.
    mutating func appendEntry<Entry: Identifiable>(
        to list: WritableKeyPath<Planning, [Entry]>, prefix: String, at now: Date, _ make: (String) -> Entry
    ) -> String where Entry.ID == String {
        let id = Planning.nextID(prefix: prefix, after: planning[keyPath: list].map(\.id))
        planning[keyPath: list].append(make(id))
        modifiedAt = now
        return id
    }

    /// Replaces the entry with the same id; false, changing nothing, when there is none.
    mutating func replaceEntry<Entry: Identifiable>(
        _ entry: Entry, in list: WritableKeyPath<Planning, [Entry]>, at now: Date
    ) -> Bool {
        guard planning[keyPath: list].replace(entry) else { return false }
        modifiedAt = now
        return true
    }

    /// Removes the entry with this id; false, changing nothing, when there is none.
    mutating func removeEntry<Entry: Identifiable>(
        id: Entry.ID, from list: WritableKeyPath<Planning, [Entry]>, at now: Date
    ) -> Bool {
        guard planning[keyPath: list].remove(id: id) else { return false }
        modifiedAt = now
        return true
    }
}
