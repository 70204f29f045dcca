import Foundation

/// The dialogue's schedule as an iCalendar file (RFC 5545) that calendar programs import: each phase's dates as
/// whole days, each dated activity at its times and place, and each feedback round's planned and sent dates.
///
/// Activities' times are written in UTC (`DTSTART:20260315T170000Z`), worked out in the calendar's time zone:
/// a meeting happens at one moment, wherever the reader's calendar is set, and UTC needs no VTIMEZONE
/// component, which Ting would have to compose for the zone; floating times would move the meeting for a
/// reader in another zone. Every UID is made of the record's id and the dialogue's, so exporting again
/// updates the same events instead of adding new ones.
struct CalendarExport {
    let dialogue: Dialogue
    let calendar: Calendar

    /// Names the program that made the file (RFC 5545 requires one).
    static let productID = "-//Ting//Invånardialog//SV"

    /// The whole file: `BEGIN:VCALENDAR` to `END:VCALENDAR`, folded, CRLF line ends.
    func text(now: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(ICalendarText.escaped(Self.productID))",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:\(ICalendarText.escaped(dialogue.title))",
        ]
        for event in events { lines += event.contentLines(stamp: now) }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.folded).joined()
    }

    /// The events, phases first, then activities, then feedback rounds, each in the dialogue's order.
    var events: [ICalendarEvent] { phaseEvents + activityEvents + feedbackEvents }

    /// A phase with both dates spans them; a phase with one date (or an end before its start) gets a day
    /// for each date it has, named for what happens that day.
    private var phaseEvents: [ICalendarEvent] {
        let schedule = dialogue.phaseSchedule
        return Phase.allCases.flatMap { phase -> [ICalendarEvent] in
            let title = dialogue.title(of: phase)
            let dates = schedule[phase]
            switch (dates?.start, dates?.end) {
            case (let start?, let end?) where start <= end:
                return [event("fas-\(phase.rawValue)", "\(title) – \(dialogue.title)", .days(first: start, last: end))]
            case (let start, let end):
                return [
                    start.map { event("fas-\(phase.rawValue)-start", "\(title) börjar – \(dialogue.title)", .day($0)) },
                    end.map { event("fas-\(phase.rawValue)-slut", "\(title) slutar – \(dialogue.title)", .day($0)) },
                ].compactMap { $0 }
            }
        }
    }

    /// Every activity with a date: at its start and end when it has them (an end before the start is taken
    /// to be after midnight), else as the whole day.
    private var activityEvents: [ICalendarEvent] {
        dialogue.planning.activities.compactMap { activity in
            guard let date = activity.date else { return nil }
            var span = ICalendarEvent.Span.day(date)
            if let start = activity.start, let startMoment = date.moment(at: start, calendar: calendar) {
                let endDay = activity.end.map { $0 < start ? date.nextDay : date } ?? date
                let endMoment = activity.end.flatMap { endDay.moment(at: $0, calendar: calendar) }
                span = .moments(start: startMoment, end: endMoment)
            }
            var made = event("aktivitet-\(activity.id)", activity.title, span)
            made.location = activity.place
            made.description = description(of: activity)
            made.isCancelled = activity.status == .cancelled
            return made
        }
    }

    /// A round's planned date and its sent date, each a day of its own.
    private var feedbackEvents: [ICalendarEvent] {
        dialogue.followUp.feedbackRounds.flatMap { round -> [ICalendarEvent] in
            let audience = dialogue.followUp.audiences.first { $0.id == round.audience }?.name ?? round.audience
            let channels = round.channels.isEmpty ? "" : "Kanaler: \(round.channels.joined(separator: ", "))"
            var planned = round.plannedOn.map {
                event("aterkoppling-\(round.id)-planerad", "Återkoppling till \(audience) planerad", .day($0))
            }
            planned?.description = [dialogueLine, channels].filter { !$0.isEmpty }.joined(separator: "\n")
            var sent = round.sentOn.map {
                event("aterkoppling-\(round.id)-skickad", "Återkoppling till \(audience) skickad", .day($0))
            }
            sent?.description = [dialogueLine, round.sentBy.map { "Skickad av \($0)" } ?? ""]
                .filter { !$0.isEmpty }.joined(separator: "\n")
            return [planned, sent].compactMap { $0 }
        }
    }

    /// What a calendar shows beside an activity: the dialogue, its kind, a time written in words, the
    /// expected participants and accessibility.
    private func description(of activity: Activity) -> String {
        let kind = ActivityKind.standard(id: activity.kind)?.title ?? activity.kind
        return [
            dialogueLine,
            kind.isEmpty ? "" : "Typ: \(kind)",
            activity.time.isEmpty ? "" : "Tid: \(activity.time)",
            activity.expectedParticipants.map { "Förväntat antal deltagare: \($0)" } ?? "",
            activity.accessibility.isEmpty ? "" : "Tillgänglighet: \(activity.accessibility)",
            activity.status == .cancelled ? "Inställd" : "",
        ].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The line naming the dialogue an event belongs to.
    private var dialogueLine: String { "Invånardialog: \(dialogue.title)" }

    /// An event whose UID is the record's key and the dialogue's id: `aktivitet-m2.<uuid>@ting`.
    private func event(_ key: String, _ summary: String, _ span: ICalendarEvent.Span) -> ICalendarEvent {
        ICalendarEvent(
            uid: "\(key).\(dialogue.id.uuidString.lowercased())@ting", summary: summary, span: span,
            description: dialogueLine)
    }
}
