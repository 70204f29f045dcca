extension Dialogue {
    /// Progress over all phases.
    public var progress: ChecklistProgress {
        phases.reduce(ChecklistProgress(done: 0, total: 0)) { $0 + $1.progress }
    }

    /// The first phase that is not complete, or the last phase when all are.
    public var currentPhase: Phase {
        phases.first { $0.progress.done < $0.progress.total }?.phase ?? .evaluation
    }

    /// The gate questions taken together: any "nej" stops the dialogue.
    public var gateResult: GateResult {
        let gates = allItems.filter { $0.kind == .gate }
        let noes = gates.filter { $0.answer == .no }.map(\.id)
        if !noes.isEmpty { return .stopped(recommendation: gate.recommendation, itemIDs: noes) }
        let unanswered = gates.count(where: { $0.answer == nil })
        return unanswered == 0 ? .passed : .open(unanswered: unanswered)
    }

    /// The chosen influence level, from the dialogue's level item.
    public var influenceLevel: InfluenceLevel? {
        guard let id = allItems.first(where: { $0.kind == .level })?.response else { return nil }
        return levels.first { $0.id == id }
    }

    /// The start and end dates set for a phase, from its schedule date items.
    public func schedule(of phase: Phase) -> (start: LocalDate?, end: LocalDate?) {
        var start: LocalDate?
        var end: LocalDate?
        for item in allItems where item.schedule?.phase == phase {
            if item.schedule?.bound == .start { start = item.date } else { end = item.date }
        }
        return (start, end)
    }
}
