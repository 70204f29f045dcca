/// The planning work beyond the checklist: target groups in the representation model, goals,
/// activities, people and responsibility, risks and side issues. Stored in the dialogue file.
public struct Planning: Codable, Equatable, Sendable {
    public var targetGroups: [TargetGroup]
    public var goals: [Goal]
    public var activities: [Activity]
    public var people: [Person]
    public var responsibility: Responsibility
    public var risks: [Risk]
    public var sideIssues: [SideIssue]
    /// Phase dates the checklist has no date item for, in phase order; a phase appears at most once.
    public var phaseDates: [PhaseDates]

    public init(
        targetGroups: [TargetGroup] = [], goals: [Goal] = [], activities: [Activity] = [], people: [Person] = [],
        responsibility: Responsibility = Responsibility(), risks: [Risk] = [], sideIssues: [SideIssue] = [],
        phaseDates: [PhaseDates] = []
    ) {
        self.targetGroups = targetGroups
        self.goals = goals
        self.activities = activities
        self.people = people
        self.responsibility = responsibility
        self.risks = risks
        self.sideIssues = sideIssues
        self.phaseDates = phaseDates
    }

    /// Decodes the planning; files saved before phase dates were kept here open without them.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        targetGroups = try container.decode([TargetGroup].self, forKey: .targetGroups)
        goals = try container.decode([Goal].self, forKey: .goals)
        activities = try container.decode([Activity].self, forKey: .activities)
        people = try container.decode([Person].self, forKey: .people)
        responsibility = try container.decode(Responsibility.self, forKey: .responsibility)
        risks = try container.decode([Risk].self, forKey: .risks)
        sideIssues = try container.decode([SideIssue].self, forKey: .sideIssues)
        phaseDates = try container.decodeIfPresent([PhaseDates].self, forKey: .phaseDates) ?? []
    }

    /// The dates kept here for a phase (none set when the phase is not listed).
    public func dates(of phase: Phase) -> PhaseDates {
        phaseDates.first { $0.phase == phase } ?? PhaseDates(phase: phase)
    }

    /// The next free id with a prefix, e.g. `g4` after `g1`…`g3`; ids are never reused while the
    /// highest is present, and no randomness is needed, so `update` stays pure.
    public static func nextID(prefix: String, after ids: [String]) -> String {
        let numbers = ids.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }
        let highest = numbers.max() ?? 0
        if highest < Int.max { return "\(prefix)\(highest + 1)" }
        // Only a hand-edited file holds an id at Int.max; one more would trap, so take the lowest free number.
        let taken = Set(numbers)
        return "\(prefix)\((1...).first { !taken.contains($0) } ?? 1)"
    }
}
