import DialogueKit

extension ActivitySection {
    /// How many rows the section lists for `activity` (fields, points, items, counts, paragraphs, links).
    func rowCount(of activity: Activity, in dialogue: Dialogue) -> Int {
        switch self {
        case .details: ActivityDetailField.allCases.count
        case .agenda: activity.agenda.count
        case .attendance: AttendanceRow.rows(for: activity, in: dialogue).count
        case .contacts: Self.contacts(of: activity, in: dialogue).count
        case .runSheet, .notes, .documentation, .organisations: lines(of: activity).count
        }
    }

    /// Whether the section is a list of text lines, typed one at a time.
    var isLines: Bool { [.runSheet, .notes, .documentation, .organisations].contains(self) }

    /// The section's text lines: the run sheet's items, the minutes' paragraphs, the links, the organisations.
    func lines(of activity: Activity) -> [String] {
        switch self {
        case .runSheet: activity.runSheet.map(\.text)
        case .notes: activity.notes.isEmpty ? [] : activity.notes.components(separatedBy: "\n")
        case .documentation: activity.documentation
        case .organisations: activity.organisations
        case .details, .agenda, .attendance, .contacts: []
        }
    }

    /// The participants' contacts collected at the activity, in the order they were kept.
    static func contacts(of activity: Activity, in dialogue: Dialogue) -> [ParticipantContact] {
        dialogue.contacts.filter { $0.activity == activity.id }
    }

    /// Writes line `index` (nil: a new line at the end) of the section; a run sheet's new item gets the
    /// next free id and starts unticked.
    func setLine(_ index: Int?, to text: String, in activity: inout Activity) {
        switch self {
        case .runSheet:
            if let index, activity.runSheet.indices.contains(index) {
                activity.runSheet[index].text = text
            } else {
                let id = Planning.nextID(prefix: "k", after: activity.runSheet.map(\.id))
                activity.runSheet.append(RunSheetItem(id: id, text: text))
            }
        case .notes:
            var paragraphs = lines(of: activity)
            if let index, paragraphs.indices.contains(index) {
                paragraphs[index] = text
            } else {
                paragraphs.append(text)
            }
            activity.notes = paragraphs.joined(separator: "\n")
        case .documentation: Self.set(index, to: text, in: &activity.documentation)
        case .organisations: Self.set(index, to: text, in: &activity.organisations)
        case .details, .agenda, .attendance, .contacts: break
        }
    }

    /// Removes line `index` of the section.
    func removeLine(_ index: Int, from activity: inout Activity) {
        switch self {
        case .runSheet where activity.runSheet.indices.contains(index): activity.runSheet.remove(at: index)
        case .notes:
            var paragraphs = lines(of: activity)
            guard paragraphs.indices.contains(index) else { return }
            paragraphs.remove(at: index)
            activity.notes = paragraphs.joined(separator: "\n")
        case .documentation where activity.documentation.indices.contains(index):
            activity.documentation.remove(at: index)
        case .organisations where activity.organisations.indices.contains(index):
            activity.organisations.remove(at: index)
        default: break
        }
    }

    /// The question asked before a row of the section is removed.
    var removalQuestion: String {
        let s = UIStrings.swedish
        return switch self {
        case .agenda: s.confirmRemoveAgendaPoint
        case .runSheet: s.confirmRemoveRunSheetItem
        case .notes: s.confirmRemoveParagraph
        case .documentation: s.confirmRemoveLink
        case .organisations: s.confirmRemoveOrganisation
        case .contacts: s.confirmRemoveContact
        case .details, .attendance: ""
        }
    }

    /// What the section says when it has no rows yet.
    var emptyText: String {
        let s = UIStrings.swedish
        return switch self {
        case .agenda: s.noAgenda
        case .runSheet: s.noRunSheet
        case .notes: s.noNotes
        case .documentation: s.noDocumentation
        case .organisations: s.noOrganisations
        case .contacts: s.noContacts
        case .details, .attendance: ""
        }
    }

    private static func set(_ index: Int?, to text: String, in list: inout [String]) {
        if let index, list.indices.contains(index) { list[index] = text } else { list.append(text) }
    }
}
