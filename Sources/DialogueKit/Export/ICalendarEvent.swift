import Foundation

/// One VEVENT of an iCalendar export: a whole-day span, or a span of moments.
struct ICalendarEvent: Equatable, Sendable {
    /// When the event is.
    enum Span: Equatable, Sendable {
        /// Whole days from `first` to `last`, both included (DTEND is the day after `last`).
        case days(first: LocalDate, last: LocalDate)
        /// From one moment to another (DTEND left out when there is no end).
        case moments(start: Date, end: Date?)

        /// One whole day.
        static func day(_ date: LocalDate) -> Span { .days(first: date, last: date) }
    }

    /// Stable across exports of the same record, so a calendar updates the event instead of adding a second.
    var uid: String
    var summary: String
    var span: Span
    var location: String = ""
    var description: String = ""
    /// A cancelled activity stays in the calendar, marked `STATUS:CANCELLED`.
    var isCancelled = false

    /// The event's content lines, unfolded, `BEGIN:VEVENT` to `END:VEVENT`.
    func contentLines(stamp: Date) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:\(ICalendarText.escaped(uid))", "DTSTAMP:\(ICalendarText.utc(stamp))"]
        switch span {
        case .days(let first, let last):
            lines.append("DTSTART;VALUE=DATE:\(ICalendarText.date(first))")
            lines.append("DTEND;VALUE=DATE:\(ICalendarText.date(last.nextDay))")
        case .moments(let start, let end):
            lines.append("DTSTART:\(ICalendarText.utc(start))")
            if let end { lines.append("DTEND:\(ICalendarText.utc(end))") }
        }
        lines.append("SUMMARY:\(ICalendarText.escaped(summary))")
        if !location.isEmpty { lines.append("LOCATION:\(ICalendarText.escaped(location))") }
        if !description.isEmpty { lines.append("DESCRIPTION:\(ICalendarText.escaped(description))") }
        if isCancelled { lines.append("STATUS:CANCELLED") }
        lines.append("END:VEVENT")
        return lines
    }
}
