import DialogueKit

extension DetailsForm.Field {
    /// The field's label in the UI.
    var label: String {
        let s = UIStrings.swedish
        switch self {
        case .title: return s.fieldTitle
        case .question: return s.fieldQuestion
        case .purpose: return s.fieldPurpose
        case .committee: return s.fieldCommittee
        case .administration: return s.fieldAdministration
        case .caseNumber: return s.fieldCaseNumber
        }
    }

    /// The field's current value in a dialogue.
    func value(in dialogue: Dialogue) -> String {
        dialogue[keyPath: keyPath]
    }

    /// Sets the field's value in a dialogue.
    func set(_ value: String, in dialogue: inout Dialogue) {
        dialogue[keyPath: keyPath] = value
    }

    private var keyPath: WritableKeyPath<Dialogue, String> {
        switch self {
        case .title: \.title
        case .question: \.question
        case .purpose: \.purpose
        case .committee: \.committee
        case .administration: \.administration
        case .caseNumber: \.caseNumber
        }
    }
}
