import DialogueKit

/// The responsibility fields at the top of the Personer panel.
enum ResponsibilityField: Int, RecordField {
    case questionOwner, dialogueResponsible, facilitation

    var label: String {
        let s = UIStrings.swedish
        switch self {
        case .questionOwner: return s.fieldQuestionOwner
        case .dialogueResponsible: return s.fieldDialogueResponsible
        case .facilitation: return s.fieldFacilitation
        }
    }

    var columnWidth: Int? { nil }

    var isChoice: Bool { self == .facilitation }

    func text(of responsibility: Responsibility) -> String {
        let s = UIStrings.swedish
        switch self {
        case .questionOwner: return responsibility.questionOwner
        case .dialogueResponsible: return responsibility.dialogueResponsible
        case .facilitation:
            switch responsibility.facilitation {
            case .internal: return s.facilitationInternal
            case .external: return s.facilitationExternal
            case nil: return ""
            }
        }
    }

    func set(_ text: String, in responsibility: inout Responsibility) -> String? {
        switch self {
        case .questionOwner: responsibility.questionOwner = text
        case .dialogueResponsible: responsibility.dialogueResponsible = text
        case .facilitation: break
        }
        return nil
    }

    func cycle(_ responsibility: inout Responsibility) {
        if self == .facilitation {
            responsibility.facilitation = Responsibility.Facilitation.next(after: responsibility.facilitation)
        }
    }
}
