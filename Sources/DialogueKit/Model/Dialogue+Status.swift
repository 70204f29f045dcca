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
        var noes: [String] = []
        var unanswered = 0
        for phase in phases {
            for item in phase.items where item.kind == .gate {
                switch item.answer {
                case .no: noes.append(item.id)
                case nil: unanswered += 1
                case .yes: break
                }
            }
        }
        if !noes.isEmpty { return .stopped(recommendation: gate.recommendation, itemIDs: noes) }
        return unanswered == 0 ? .passed : .open(unanswered: unanswered)
    }

    /// The chosen influence level, from the dialogue's level item.
    public var influenceLevel: InfluenceLevel? {
        guard let id = allItems.first(where: { $0.kind == .level })?.response else { return nil }
        return levels.first { $0.id == id }
    }

    /// The start and end dates set for a phase: from its schedule date item where the checklist has
    /// one, else from the dates kept in the planning.
    public func schedule(of phase: Phase) -> (start: LocalDate?, end: LocalDate?) {
        let dates = phaseSchedule[phase]
        return (dates?.start, dates?.end)
    }

    /// The dates of every phase that has a schedule date item or dates kept in the planning, in one
    /// pass over the items (a phase can hold thousands): the one reading of "the phase's dates".
    public var phaseSchedule: [Phase: PhaseDates] {
        var dates: [Phase: PhaseDates] = [:]
        for kept in planning.phaseDates where dates[kept.phase] == nil { dates[kept.phase] = kept }
        for item in allItems {
            guard let slot = item.schedule else { continue }
            dates[slot.phase, default: PhaseDates(phase: slot.phase)][slot.bound] = item.date
        }
        return dates
    }

    /// The checklist's date item that holds a phase's start or end, if the handbook has one.
    public func scheduleItem(for slot: ScheduleSlot) -> ChecklistItem? {
        allItems.first { $0.schedule == slot }
    }
}
