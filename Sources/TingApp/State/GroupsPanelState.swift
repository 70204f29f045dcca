import DialogueKit

/// The Målgrupper panel: the selected quadrant, the selected group in it, and any open form.
public struct GroupsPanelState: Sendable {
    /// The selected quadrant; the priority quadrant until the user moves.
    public var quadrant = GridQuadrant.priorityOne
    /// Index of the selected group among the quadrant's groups.
    public var index = 0
    public var mode: GroupsPanelMode = .browsing

    public init() {}

    /// The selected group, if the selected quadrant has any.
    func selectedGroup(in dialogue: Dialogue) -> TargetGroup? {
        let groups = quadrant.groups(in: dialogue)
        return groups.indices.contains(index) ? groups[index] : nil
    }

    /// Selects a group by id, in whichever quadrant it now is.
    mutating func select(groupID: String, in dialogue: Dialogue) {
        guard let group = dialogue.targetGroup(id: groupID) else { return }
        quadrant = GridQuadrant(of: group)
        index = quadrant.groups(in: dialogue).firstIndex { $0.id == groupID } ?? 0
    }
}
