import DialogueKit

/// One quadrant of the representation model: how affected by the question and how active in
/// public debate its groups are.
public struct GridQuadrant: Hashable, Sendable {
    public var affected: GridLevel
    public var activity: GridLevel

    public init(affected: GridLevel, activity: GridLevel) {
        self.affected = affected
        self.activity = activity
    }

    /// The priority quadrant: affected but rarely active.
    public static let priorityOne = GridQuadrant(affected: .high, activity: .low)

    /// The four quadrants by priority, 1 first.
    static let byPriority = [1, 2, 3, 4].map { priority in
        quadrants.first { $0.priority == priority }!
    }

    private static let quadrants = GridLevel.allCases.flatMap { affected in
        GridLevel.allCases.map { GridQuadrant(affected: affected, activity: $0) }
    }

    /// Priority 1–4 of the quadrant.
    public var priority: Int { TargetGroup.priority(affected: affected, activity: activity) }

    /// The quadrant a group is in.
    init(of group: TargetGroup) {
        self.init(affected: group.affected, activity: group.activity)
    }

    /// The dialogue's groups in this quadrant, in the order they were added.
    func groups(in dialogue: Dialogue) -> [TargetGroup] {
        dialogue.planning.targetGroups.filter { $0.affected == affected && $0.activity == activity }
    }
}
