/// What looks wrong in a dialogue's schedule, as warnings rather than refusals: a phase that ends
/// before it starts, phases out of order, activities outside Genomförande; and which phases are overdue.
public enum ScheduleWarnings {
    /// One thing that looks wrong in the schedule.
    public enum Warning: Equatable, Sendable {
        /// The phase's end date is before its start date.
        case endBeforeStart(Phase)
        /// The phase starts before the earlier phase `after` ends.
        case outOfOrder(Phase, after: Phase)
        /// The activity's date is outside Genomförande's start and end dates.
        case activityOutsideImplementation(activityID: String)
    }

    /// Every warning for the dialogue, phases first, in order.
    public static func of(_ dialogue: Dialogue) -> [Warning] {
        var warnings: [Warning] = []
        var previous: (phase: Phase, last: LocalDate)?
        for phase in Phase.allCases {
            let (start, end) = dialogue.schedule(of: phase)
            if let start, let end, end < start { warnings.append(.endBeforeStart(phase)) }
            guard let first = [start, end].compactMap({ $0 }).min(), let last = [start, end].compactMap({ $0 }).max()
            else { continue }
            if let previous, first < previous.last { warnings.append(.outOfOrder(phase, after: previous.phase)) }
            previous = (phase, last)
        }
        let (start, end) = dialogue.schedule(of: .implementation)
        for activity in dialogue.planning.activities {
            guard let date = activity.date else { continue }
            let isBefore = start.map { date < $0 } ?? false
            let isAfter = end.map { $0 < date } ?? false
            if isBefore || isAfter { warnings.append(.activityOutsideImplementation(activityID: activity.id)) }
        }
        return warnings
    }

    /// A phase is overdue when its end date has passed and its checklist is not complete.
    public static func isOverdue(_ phase: Phase, in dialogue: Dialogue, today: LocalDate) -> Bool {
        guard let end = dialogue.schedule(of: phase).end, end < today,
            let checklist = dialogue.phases.first(where: { $0.phase == phase })
        else { return false }
        return checklist.progress.done < checklist.progress.total
    }
}
