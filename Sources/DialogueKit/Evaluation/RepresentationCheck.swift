/// The representation check (Vänersborg's "Nåddes berörda invånare?"): every target group, planned
/// (priority, planned participants) against reached (attendance counted per group at held activities,
/// inputs tagged with the group), the priority-1 groups first, and the groups never reached named.
public struct RepresentationCheck: Equatable, Sendable {
    /// One target group, planned against reached.
    public struct Row: Equatable, Sendable {
        public var group: TargetGroup
        /// 1–4, from the group's place in the representation model.
        public var priority: Int
        /// How many the plan meant to reach; nil when the plan gives no number.
        public var planned: Int?
        /// Participants from the group counted at held activities.
        public var attended: Int
        /// Visible inputs tagged with the group.
        public var inputs: Int
        /// Whether anyone from the group took part or was heard.
        public var reached: Bool

        public init(group: TargetGroup, priority: Int, planned: Int?, attended: Int, inputs: Int, reached: Bool) {
            self.group = group
            self.priority = priority
            self.planned = planned
            self.attended = attended
            self.inputs = inputs
            self.reached = reached
        }
    }

    /// Priority 1 first, then 2, 3, 4; within a priority by name, the Swedish way.
    public var rows: [Row]
    /// The groups no one from was counted or heard, in row order.
    public var unreached: [TargetGroup]
    /// One Swedish sentence with the figures, answering "Nåddes berörda invånare?".
    public var answer: String

    /// Checks the dialogue's target groups against its held activities' attendance and its visible inputs.
    public init(dialogue: Dialogue) {
        var inputs: [String: Int] = [:]
        for input in dialogue.inputs where input.hidden == nil {
            if let group = input.group { inputs[group, default: 0] += 1 }
        }
        self.init(dialogue: dialogue, inputsByGroup: inputs)
    }

    /// Checks the dialogue's target groups with its inputs counted in a tally of it.
    public init(dialogue: Dialogue, tally: EvidenceTally) {
        self.init(dialogue: dialogue, inputsByGroup: tally.inputs.byGroup)
    }

    /// Checks the target groups against the held activities' attendance and the visible inputs per group.
    private init(dialogue: Dialogue, inputsByGroup inputs: [String: Int]) {
        var attended: [String: Int] = [:]
        for activity in dialogue.planning.activities where activity.status == .held {
            for (group, count) in activity.attendance.byGroup { attended[group, default: 0] += count }
        }
        let groups = dialogue.planning.targetGroups
        let byName = TitleOrder.order(of: groups.map(\.name), tieBreakers: groups.map(\.id))
        let ordered = byName.map { groups[$0] }.enumerated().sorted {
            ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset)
        }.map(\.element)
        rows = ordered.map { group in
            let attended = attended[group.id] ?? 0
            let inputs = inputs[group.id] ?? 0
            return Row(
                group: group, priority: group.priority, planned: group.plannedParticipants, attended: attended,
                inputs: inputs, reached: attended > 0 || inputs > 0)
        }
        unreached = rows.filter { !$0.reached }.map(\.group)
        answer = Self.answer(rows: rows)
    }

    /// "4 av 6 målgrupper nåddes (2 av 4 med prioritet 1), med 17 deltagare och 11 inspel …; inte nådda: …".
    private static func answer(rows: [Row]) -> String {
        guard !rows.isEmpty else {
            return "Inga målgrupper är planerade, så det går inte att säga om berörda invånare nåddes; "
                + "lägg till dem i Planering under Målgrupper."
        }
        let reached = rows.filter(\.reached).count
        let first = rows.filter { $0.priority == 1 }
        let firstReached = first.filter(\.reached).count
        var sentence = "\(reached) av \(SwedishCount.phrase(rows.count, one: "målgrupp", other: "målgrupper")) nåddes"
        if !first.isEmpty { sentence += " (\(firstReached) av \(first.count) med prioritet 1)" }
        let attended = rows.reduce(0) { $0 + $1.attended }
        let inputs = rows.reduce(0) { $0 + $1.inputs }
        sentence += ", med \(attended) deltagare och \(inputs) inspel räknade per målgrupp"
        let unreached = rows.filter { !$0.reached }
        if unreached.isEmpty { return sentence + "." }
        let names = unreached.map { "\($0.group.name) (prioritet \($0.priority))" }
        return sentence + "; inte nådda: " + names.joined(separator: ", ") + "."
    }
}
