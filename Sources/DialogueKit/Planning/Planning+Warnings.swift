extension Planning {
    /// The gaps in the target-group analysis: no group in the priority quadrant, a priority-1 group
    /// without a channel or a measure, and a hard-to-reach group without barriers, group by group.
    public var warnings: [PlanningWarning] {
        var warnings: [PlanningWarning] = []
        if !targetGroups.contains(where: { $0.priority == 1 }) { warnings.append(.noPriorityGroup) }
        for group in targetGroups {
            if group.priority == 1 && group.channels.isEmpty {
                warnings.append(.priorityGroupWithoutChannel(groupID: group.id, name: group.name))
            }
            if group.priority == 1 && group.measures.isEmpty {
                warnings.append(.priorityGroupWithoutMeasure(groupID: group.id, name: group.name))
            }
            if group.hardToReach && group.barriers.isEmpty {
                warnings.append(.hardToReachWithoutBarriers(groupID: group.id, name: group.name))
            }
        }
        return warnings
    }
}
