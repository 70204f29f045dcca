import Foundation

extension Dialogue {
    /// Adds an empty goal of a kind at the end of the goal table; returns its new id (`m1`, `m2`, …).
    @discardableResult
    public mutating func addGoal(kind: GoalKind, at now: Date) -> String {
        appendEntry(to: \.goals, prefix: "m", at: now) { Goal(id: $0, kind: kind) }
    }

    /// Replaces the goal with the same id; false, changing nothing, when there is none.
    @discardableResult
    public mutating func updateGoal(_ goal: Goal, at now: Date) -> Bool {
        replaceEntry(goal, in: \.goals, at: now)
    }

    /// Moves a goal `offset` rows down (negative: up), stopping at the ends; returns its new row,
    /// or nil when there is no such goal. Nothing changes when it is already at that end.
    @discardableResult
    public mutating func moveGoal(id: String, by offset: Int, at now: Date) -> Int? {
        guard let (from, to) = planning.goals.move(id: id, by: offset) else { return nil }
        if from != to { modifiedAt = now }
        return to
    }

    /// Removes a goal; false, changing nothing, when there is none.
    @discardableResult
    public mutating func removeGoal(id: String, at now: Date) -> Bool {
        removeEntry(id: id, from: \.goals, at: now)
    }
}
