import DialogueKit
import Foundation

/// A field of an activity's Uppgifter: what it is, when, where and whether it was held.
enum ActivityDetailField: Int, CaseIterable, Sendable {
    case title, kind, date, start, end, place, status

    /// The field's label.
    var label: String {
        let s = UIStrings.swedish
        return switch self {
        case .title: s.activityTitle
        case .kind: s.fieldKind
        case .date: s.activityDate
        case .start: s.fieldStart
        case .end: s.fieldEnd
        case .place: s.activityPlace
        case .status: s.fieldStatus
        }
    }

    /// Whether Enter chooses the value (the kind from a list, the status by stepping) instead of typing it.
    var isChoice: Bool { self == .kind || self == .status }

    /// The value as shown, and as put into the text field.
    func text(of activity: Activity) -> String {
        switch self {
        case .title: activity.title
        case .kind: ActivityKind.standard(id: activity.kind)?.title ?? activity.kind
        case .date: activity.date?.description ?? ""
        case .start: activity.start?.swedishText ?? ""
        case .end: activity.end?.swedishText ?? ""
        case .place: activity.place
        case .status: activity.status.title
        }
    }

    /// Sets the field from typed text; returns the sentence saying what is wrong instead (an empty
    /// title, a date not ÅÅÅÅ-MM-DD, a time not TT:MM, an end before the start), changing nothing.
    func set(_ typed: String, in activity: inout Activity) -> String? {
        let s = UIStrings.swedish
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        switch self {
        case .title:
            guard !text.isEmpty else { return s.activityTitleMissing }
            activity.title = text
        case .date:
            guard text.isEmpty || LocalDate(text) != nil else { return s.invalidDate }
            activity.date = LocalDate(text)
        case .start, .end:
            guard text.isEmpty || ClockTime(text) != nil else { return s.invalidClockTime }
            var changed = activity
            if self == .start { changed.start = ClockTime(text) } else { changed.end = ClockTime(text) }
            if let start = changed.start, let end = changed.end, end < start { return s.endBeforeStart }
            activity = changed
        case .place: activity.place = text
        case .kind, .status: break
        }
        return nil
    }
}
