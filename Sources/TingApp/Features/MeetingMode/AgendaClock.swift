import DialogueKit
import Foundation

/// Where a meeting stands on its agenda: which point is current and since when, and from that the time
/// left on it. Pure: the clock's "now" is always given.
struct AgendaClock: Equatable, Sendable {
    /// Index of the current point in the activity's agenda (0 when it has none).
    var point: Int
    /// When the current point began: when the facilitator moved to it, or its planned start.
    var pointStartedAt: Date

    init(point: Int, pointStartedAt: Date) {
        self.point = point
        self.pointStartedAt = pointStartedAt
    }

    /// The clock of a meeting opened at `now`: when the activity is held today and has begun by its start
    /// time, the point its agenda plans for now, begun at its planned start; else the first point, begun now.
    init(activity: Activity, now: Date, calendar: Calendar) {
        point = 0
        pointStartedAt = now
        guard let date = activity.date, let start = activity.start, date == LocalDate(now, calendar: calendar),
            var plannedStart = calendar.date(
                from: DateComponents(
                    year: date.year, month: date.month, day: date.day, hour: start.hour, minute: start.minute)),
            plannedStart <= now
        else { return }
        for (index, agendaPoint) in activity.agenda.enumerated() {
            let plannedEnd = plannedStart.addingTimeInterval(TimeInterval((agendaPoint.minutes ?? 0) * 60))
            point = index
            pointStartedAt = plannedStart
            guard plannedEnd <= now, agendaPoint.minutes != nil else { return }
            plannedStart = plannedEnd
        }
    }

    /// Moves to the point `offset` places on (negative: back), staying within an agenda of `count`
    /// points; the point moved to begins `now`. False when there is no such point.
    mutating func move(by offset: Int, count: Int, now: Date) -> Bool {
        let target = point + offset
        guard (0..<count).contains(target), target != point else { return false }
        point = target
        pointStartedAt = now
        return true
    }

    /// Whole seconds since the current point began (never negative).
    func secondsElapsed(now: Date) -> Int {
        max(0, Int(now.timeIntervalSince(pointStartedAt).rounded(.down)))
    }

    /// Seconds left on the current point of `minutes` planned minutes: negative once it runs over; nil
    /// when the point has no planned length.
    func secondsLeft(minutes: Int?, now: Date) -> Int? {
        minutes.map { $0 * 60 - secondsElapsed(now: now) }
    }
}
