import DialogueKit
import Foundation

/// A field of a participant's contact form: who, how to reach them, for what, until when, and their consent.
enum ContactField: Int, CaseIterable, Sendable {
    case name, contact, purpose, retainUntil, consent

    /// The field's label.
    var label: String {
        let s = UIStrings.swedish
        return switch self {
        case .name: s.contactName
        case .contact: s.contactWay
        case .purpose: s.contactPurpose
        case .retainUntil: s.contactRetainUntil
        case .consent: s.contactConsent
        }
    }

    /// Consent is chosen (nej → ja), not typed.
    var isChoice: Bool { self == .consent }

    /// The value as shown, and as put into the text field.
    func text(of draft: ContactDraft) -> String {
        switch self {
        case .name: draft.name
        case .contact: draft.contact
        case .purpose: draft.purpose
        case .retainUntil: draft.retainUntil?.description ?? ""
        case .consent: draft.consent ? UIStrings.swedish.consentGiven : UIStrings.swedish.consentMissing
        }
    }

    /// Sets the field from typed text; returns the sentence saying what is wrong instead.
    func set(_ typed: String, in draft: inout ContactDraft) -> String? {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        switch self {
        case .name: draft.name = text
        case .contact: draft.contact = text
        case .purpose: draft.purpose = text
        case .retainUntil:
            guard let date = LocalDate(text) else { return UIStrings.swedish.invalidDate }
            draft.retainUntil = date
        case .consent: break
        }
        return nil
    }
}
