/// The parts of one activity in the Aktiviteter panel, stepped through with Tab and Shift-Tab: its
/// details, agenda and run sheet before it is held; attendance, minutes, documentation and the
/// organisations that took part after, and the participants' contacts kept apart from everything else.
enum ActivitySection: Int, CaseIterable, Sendable {
    case details, agenda, runSheet, attendance, notes, documentation, organisations, contacts

    /// The section's name on the activity's section row.
    var title: String {
        let s = UIStrings.swedish
        return switch self {
        case .details: s.sectionDetails
        case .agenda: s.sectionAgenda
        case .runSheet: s.sectionRunSheet
        case .attendance: s.sectionAttendance
        case .notes: s.sectionNotes
        case .documentation: s.sectionDocumentation
        case .organisations: s.sectionOrganisations
        case .contacts: s.sectionContacts
        }
    }
}
