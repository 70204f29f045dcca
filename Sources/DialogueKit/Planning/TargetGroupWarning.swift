/// A gap in the target-group analysis that the handbooks warn about, said in words.
public enum TargetGroupWarning: Equatable, Sendable {
    /// No group is placed in priority 1 (affected but rarely active).
    case noPriorityGroup
    /// A priority-1 group has no channel to reach it.
    case priorityGroupWithoutChannel(name: String)
    /// A priority-1 group has no measure that enables it to take part.
    case priorityGroupWithoutMeasure(name: String)
    /// A hard-to-reach group has no barriers analysed.
    case hardToReachWithoutBarriers(name: String)

    /// The warnings for a set of groups, in the order above and the groups' order.
    public static func warnings(for groups: [TargetGroup]) -> [TargetGroupWarning] {
        let priority = groups.filter { $0.priority == 1 }
        var warnings: [TargetGroupWarning] = priority.isEmpty ? [.noPriorityGroup] : []
        for group in priority {
            if group.channels.isEmpty { warnings.append(.priorityGroupWithoutChannel(name: group.name)) }
            if group.measures.isEmpty { warnings.append(.priorityGroupWithoutMeasure(name: group.name)) }
        }
        for group in groups where group.hardToReach && group.barriers.isEmpty {
            warnings.append(.hardToReachWithoutBarriers(name: group.name))
        }
        return warnings
    }

    /// The warning as one Swedish sentence.
    public var swedishText: String {
        switch self {
        case .noPriorityGroup:
            "Ingen målgrupp i prioritet 1 (berörda men lågaktiva): vilka är mest berörda men hörs minst?"
        case .priorityGroupWithoutChannel(let name):
            "Prioritet 1-gruppen \"\(name)\" saknar kanal: hur ska den nås?"
        case .priorityGroupWithoutMeasure(let name):
            "Prioritet 1-gruppen \"\(name)\" saknar åtgärd som gör det möjligt att delta."
        case .hardToReachWithoutBarriers(let name):
            "\"\(name)\" är svår att nå men saknar trösklar: vad hindrar gruppen från att delta?"
        }
    }
}
