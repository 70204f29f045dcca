extension Dialogue {
    /// Every warning about the plan: the target-group analysis first, then the schedule, then feedback;
    /// overdue phases and feedback only when `today` is given.
    public func planningWarnings(today: LocalDate?) -> [PlanningWarning] {
        planning.warnings + scheduleWarnings(today: today) + feedbackWarnings(today: today)
    }

    /// A phase that ends before it starts, a phase dated before the phase ahead of it, an activity
    /// outside its phase's dates and, when `today` is given, phases past their end date with
    /// open items.
    public func scheduleWarnings(today: LocalDate?) -> [PlanningWarning] {
        var warnings: [PlanningWarning] = []
        var previous: (phase: Phase, last: LocalDate)?
        let schedule = phaseSchedule
        for phase in phases.map(\.phase) {
            let (start, end) = (schedule[phase]?.start, schedule[phase]?.end)
            if let start, let end, end < start {
                warnings.append(.phaseEndsBeforeStart(phase, title: title(of: phase), start: start, end: end))
            }
            let dates = [start, end].compactMap { $0 }
            guard let first = dates.min(), let last = dates.max() else { continue }
            if let previous, first < previous.last {
                warnings.append(
                    .phaseBeforePrevious(
                        phase, title: title(of: phase), date: first, previous: previous.phase,
                        previousTitle: title(of: previous.phase), previousDate: previous.last))
            }
            previous = (phase, last)
        }
        warnings += activityWarnings(schedule)
        if let today {
            for phase in overduePhases(today: today) {
                guard let end = schedule[phase]?.end, let checklist = checklist(phase) else { continue }
                warnings.append(.phaseOverdue(phase, title: checklist.title, end: end, progress: checklist.progress))
            }
        }
        return warnings
    }

    /// The end date and completeness of every phase that has an end date, in phase order.
    public var phaseDeadlines: [PhaseDeadline] {
        let schedule = phaseSchedule
        return phases.compactMap { checklist in
            schedule[checklist.phase]?.end.map {
                PhaseDeadline(
                    phase: checklist.phase, end: $0, isComplete: checklist.progress.done == checklist.progress.total)
            }
        }
    }

    /// The phases whose end date lies before `today` while their checklist is incomplete.
    public func overduePhases(today: LocalDate) -> [Phase] {
        phaseDeadlines.filter { $0.isOverdue(today: today) }.map(\.phase)
    }

    /// Activities dated before their phase starts or after it ends, by the phases' `schedule`.
    private func activityWarnings(_ schedule: [Phase: PhaseDates]) -> [PlanningWarning] {
        planning.activities.compactMap { activity in
            let phase = activity.heldIn
            guard let date = activity.date, let dates = schedule[phase],
                dates.start.map({ date < $0 }) ?? false || dates.end.map({ $0 < date }) ?? false
            else { return nil }
            return .activityOutsidePhase(
                activityID: activity.id, title: activity.title, date: date, phase: phase,
                phaseTitle: title(of: phase), start: dates.start, end: dates.end)
        }
    }
}
