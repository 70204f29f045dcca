import Foundation

extension Dialogue {
    /// The target group with this id, if the dialogue has it.
    public func targetGroup(id: String) -> TargetGroup? {
        planning.targetGroups.first { $0.id == id }
    }

    /// Adds a target group to a quadrant of the representation model, with the next free id
    /// (`g1`, `g2`, …); the name is trimmed. Returns the new group's id.
    @discardableResult
    public mutating func addTargetGroup(name: String, affected: GridLevel, activity: GridLevel, at now: Date)
        -> String
    {
        appendEntry(to: \.targetGroups, prefix: "g", at: now) {
            TargetGroup(
                id: $0, name: name.trimmingCharacters(in: .whitespacesAndNewlines), affected: affected,
                activity: activity)
        }
    }

    /// Replaces the group with the same id by `group`; returns false, changing nothing, when there is none.
    @discardableResult
    public mutating func updateTargetGroup(_ group: TargetGroup, at now: Date) -> Bool {
        replaceEntry(group, in: \.targetGroups, at: now)
    }

    /// Moves a group to another quadrant, so its priority follows; returns false when there is no such group.
    @discardableResult
    public mutating func moveTargetGroup(id: String, affected: GridLevel, activity: GridLevel, at now: Date)
        -> Bool
    {
        guard var group = targetGroup(id: id) else { return false }
        group.affected = affected
        group.activity = activity
        return updateTargetGroup(group, at: now)
    }

    /// Removes a group; returns false when there is no such group.
    @discardableResult
    public mutating func removeTargetGroup(id: String, at now: Date) -> Bool {
        removeEntry(id: id, from: \.targetGroups, at: now)
    }
}
