import DialogueKit

/// The fields of a person: name, role, contact and participation.
enum PersonField: Int, RecordField {
    case name, role, contact, participation

    var label: String {
        let s = UIStrings.swedish
        switch self {
        case .name: return s.fieldName
        case .role: return s.fieldRole
        case .contact: return s.fieldContact
        case .participation: return s.fieldParticipation
        }
    }

    var columnWidth: Int? { self == .role ? 16 : nil }

    var isChoice: Bool { self == .role }

    func text(of person: Person) -> String {
        switch self {
        case .name: person.name
        case .role: person.role.swedishName
        case .contact: person.contact
        case .participation: person.participation
        }
    }

    func set(_ text: String, in person: inout Person) -> String? {
        switch self {
        case .name: person.name = text
        case .role: break
        case .contact: person.contact = text
        case .participation: person.participation = text
        }
        return nil
    }

    func cycle(_ person: inout Person) {
        if self == .role { person.role = person.role.next }
    }
}
