import DialogueKit
import TerminalKit

/// The Genomförande panel Aktiviteter: the dialogue's activities as held events. The list shows those
/// held in Genomförande first; Enter opens one, whose sections (Uppgifter, Agenda, Checklista, Närvaro,
/// Anteckningar, Dokumentation, Organisationer) Tab steps through; `M` opens meeting mode on it.
struct ActivitiesPanel: Panel {
    static let id = PanelID("activities")
    static var title: String { UIStrings.swedish.panelActivities }

    /// The selection in the list of activities, in `ordered` order.
    var list = ListSelection()
    /// The activity open, by id; nil shows the list.
    var openID: String?
    /// The open activity's section in front.
    var section: ActivitySection = .details
    /// The selected row of that section.
    var rows = ListSelection()
    /// What is being typed, chosen or asked, if anything.
    var editing: ActivityEditing?

    init() {}

    /// Browsing the list or an open activity with nothing typed, chosen or asked: then `u` undoes.
    var isBrowsing: Bool { editing == nil }

    /// The activities as listed: those held in Genomförande first, then the others; each part by date
    /// (undated last), then start time, else in the order they were added.
    static func ordered(_ dialogue: Dialogue) -> [Activity] {
        let activities = dialogue.planning.activities.enumerated().sorted { a, b in
            let keyA = (a.element.heldIn == .implementation ? 0 : 1, a.element.date == nil ? 1 : 0)
            let keyB = (b.element.heldIn == .implementation ? 0 : 1, b.element.date == nil ? 1 : 0)
            if keyA != keyB { return keyA < keyB }
            if let dateA = a.element.date, let dateB = b.element.date, dateA != dateB { return dateA < dateB }
            let startA = a.element.start?.minutesOfDay ?? Int.max
            let startB = b.element.start?.minutesOfDay ?? Int.max
            return startA != startB ? startA < startB : a.offset < b.offset
        }
        return activities.map(\.element)
    }

    /// The open activity as the dialogue holds it now.
    func openActivity(in dialogue: Dialogue) -> Activity? {
        openID.flatMap { id in dialogue.planning.activities.first { $0.id == id } }
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        list.clamp(count: dialogue.planning.activities.count)
        guard openID != nil else { return }
        guard let activity = openActivity(in: dialogue) else {
            openID = nil
            editing = nil
            return
        }
        rows.clamp(count: section.rowCount(of: activity, in: dialogue))
    }
}
