import Foundation

extension Dialogue {
    /// Adds an activity with a title at the end of the list; returns its new id (`a1`, `a2`, …).
    @discardableResult
    public mutating func addActivity(title: String, at now: Date) -> String {
        let id = Planning.nextID(prefix: "a", after: planning.activities.map(\.id))
        planning.activities.append(Activity(id: id, title: title))
        modifiedAt = now
        return id
    }

    /// Replaces the activity with the same id; false, changing nothing, when there is none.
    @discardableResult
    public mutating func updateActivity(_ activity: Activity, at now: Date) -> Bool {
        guard planning.activities.replace(activity) else { return false }
        modifiedAt = now
        return true
    }

    /// Removes an activity; false, changing nothing, when there is none.
    @discardableResult
    public mutating func removeActivity(id: String, at now: Date) -> Bool {
        guard planning.activities.remove(id: id) else { return false }
        modifiedAt = now
        return true
    }
}
