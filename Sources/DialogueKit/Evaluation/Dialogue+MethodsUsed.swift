extension Dialogue {
    /// The methods used: the chosen method cards in their order, then the methods activities name that
    /// no card matches (by id or name), each once in activity order; with activities, attendance and inputs.
    public func methodsUsed() -> [MethodUse] {
        var inputsByActivity: [String: Int] = [:]
        for input in inputs where input.hidden == nil {
            if let activity = input.activity { inputsByActivity[activity, default: 0] += 1 }
        }
        return methodsUsed(inputsByActivity: inputsByActivity)
    }

    /// The methods used, with the inputs counted in a tally of this dialogue.
    public func methodsUsed(tally: EvidenceTally) -> [MethodUse] {
        methodsUsed(inputsByActivity: tally.inputs.byActivity)
    }

    /// The methods used, given the visible inputs per activity.
    private func methodsUsed(inputsByActivity: [String: Int]) -> [MethodUse] {
        var uses = methods.map { MethodUse(id: $0.id, name: $0.name) }
        var index: [String: Int] = [:]
        for (position, card) in methods.enumerated() {
            index[card.id] = position
            index[card.name.lowercased()] = index[card.name.lowercased()] ?? position
        }
        for activity in planning.activities {
            let method = activity.method.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !method.isEmpty else { continue }
            let position =
                index[method] ?? index[method.lowercased()]
                ?? {
                    uses.append(MethodUse(id: method, name: method))
                    index[method] = uses.count - 1
                    return uses.count - 1
                }()
            uses[position].activities.append(activity.id)
            guard activity.status == .held else { continue }
            uses[position].held += 1
            uses[position].attended += activity.attendance.total ?? activity.attendance.byGroup.values.reduce(0, +)
            uses[position].inputs += inputsByActivity[activity.id] ?? 0
        }
        let notes = Dictionary(followUp.evaluation.methodNotes.map { ($0.id, $0.howItWorked) }) { first, _ in first }
        for position in uses.indices { uses[position].howItWorked = notes[uses[position].id] ?? "" }
        return uses
    }
}
