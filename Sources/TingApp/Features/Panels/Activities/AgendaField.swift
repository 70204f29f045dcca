import DialogueKit
import Foundation

/// A field of an agenda point's form and a column of the agenda: what, how many minutes, led by whom.
enum AgendaField: Int, CaseIterable, Sendable {
    case title, minutes, leader

    /// The field's label and column header.
    var label: String {
        let s = UIStrings.swedish
        return switch self {
        case .title: s.agendaPoint
        case .minutes: s.agendaMinutes
        case .leader: s.agendaLeader
        }
    }

    /// The value as shown, and as put into the text field.
    func text(of point: AgendaPoint) -> String {
        switch self {
        case .title: point.title
        case .minutes: point.minutes.map(String.init) ?? ""
        case .leader: point.leader
        }
    }

    /// Sets the field from typed text; returns the sentence saying what is wrong instead (an empty
    /// title, minutes that are not a whole number above zero), changing nothing.
    func set(_ typed: String, in point: inout AgendaPoint) -> String? {
        let s = UIStrings.swedish
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        switch self {
        case .title:
            guard !text.isEmpty else { return "\(label): \(s.fieldRequired)" }
            point.title = text
        case .minutes:
            guard text.isEmpty || (Int(text).map { (1...1440).contains($0) } ?? false) else { return s.invalidMinutes }
            point.minutes = Int(text)
        case .leader: point.leader = text
        }
        return nil
    }
}
