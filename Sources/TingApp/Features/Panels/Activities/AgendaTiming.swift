import DialogueKit

/// An agenda's planned minutes beside the activity's start and end, said in words (and sign when it
/// runs over), so an overrun never shows by colour alone.
struct AgendaTiming: Equatable, Sendable {
    /// The agenda points' minutes added up (points without minutes count nothing).
    let total: Int
    /// Minutes from the activity's start to its end; nil without both.
    let span: Int?
    /// The activity's times as shown, "18.00–20.00".
    let times: String

    init(_ activity: Activity) {
        total = activity.agendaMinutes
        if let start = activity.start, let end = activity.end {
            span = end.minutesOfDay - start.minutesOfDay
            times = activity.timeText
        } else {
            span = nil
            times = ""
        }
    }

    /// Whether the agenda is longer than the time the activity has.
    var overruns: Bool { span.map { total > $0 } ?? false }

    /// The sentence under the agenda.
    var text: String {
        let s = UIStrings.swedish
        guard let span else { return s.agendaTotal(total) }
        return overruns
            ? s.agendaOverruns(total: total, span: span, times: times)
            : s.agendaFits(total: total, span: span, times: times)
    }
}
