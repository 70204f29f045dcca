import DialogueKit
import Foundation

extension ActivityForm.Field {
    /// The field's label in the UI.
    var label: String {
        let s = UIStrings.swedish
        switch self {
        case .title: return s.activityTitle
        case .phase: return s.activityPhase
        case .date: return s.activityDate
        case .time: return s.activityTime
        case .place: return s.activityPlace
        case .method: return s.activityMethod
        case .participants: return s.activityParticipants
        case .accessibility: return s.activityAccessibility
        }
    }

    /// The field's current value in an activity, as typed.
    func value(in activity: Activity) -> String {
        switch self {
        case .title: activity.title
        case .phase: activity.heldIn.defaultTitle
        case .date: activity.date?.description ?? ""
        case .time: activity.timeText
        case .place: activity.place
        case .method: activity.method
        case .participants: activity.expectedParticipants.map(String.init) ?? ""
        case .accessibility: activity.accessibility
        }
    }

    /// The phase field is chosen, not typed: Enter or Space moves it to the next phase.
    var isChoice: Bool { self == .phase }

    /// Sets the field from typed text; returns the sentence saying what is wrong instead when the
    /// text does not fit (an empty title, a date not written ÅÅÅÅ-MM-DD, a participant count not a number).
    func set(_ text: String, in activity: inout Activity) -> String? {
        let s = UIStrings.swedish
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch self {
        case .title:
            guard !value.isEmpty else { return s.activityTitleMissing }
            activity.title = value
        case .date:
            guard value.isEmpty || LocalDate(value) != nil else { return s.invalidDate }
            activity.date = LocalDate(value)
        case .participants:
            guard value.isEmpty || (Int(value).map { $0 >= 0 } ?? false) else { return s.invalidParticipants }
            activity.expectedParticipants = Int(value)
        case .phase: break
        case .time: activity.setTimeText(value)
        case .place: activity.place = value
        case .method: activity.method = value
        case .accessibility: activity.accessibility = value
        }
        return nil
    }
}
