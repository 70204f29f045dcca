import Foundation

extension Dialogue {
    /// Adds an activity with a title at the end of the list; returns its new id (`a1`, `a2`, …).
    @discardableResult
    public mutating func addActivity(title: String, at now: Date) -> String {
        appendEntry(to: \.activities, prefix: "a", at: now) { Activity(id: $0, title: title) }
    }

    /// Replaces the activity with the same id; false, changing nothing, when there is none.
    @discardableResult
    public mutating func updateActivity(_ activity: Activity, at now: Date) -> Bool {
        replaceEntry(activity, in: \.activities, at: now)
    }

    /// Removes an activity; false, changing nothing, when there is none.
    @discardableResult
    public mutating func removeActivity(id: String, at now: Date) -> Bool {
        removeEntry(id: id, from: \.activities, at: now)
    }
}
