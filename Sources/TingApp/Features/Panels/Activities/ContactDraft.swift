import DialogueKit

/// A participant's contact details while the form is filled in: kept only in the panel until consent, a
/// purpose and a retention date are there, then saved with `Dialogue.addContact`; `savedID` from then on.
struct ContactDraft: Equatable, Sendable {
    var name = ""
    var contact = ""
    var purpose = ""
    var retainUntil: LocalDate?
    var consent = false
    /// The saved contact's id, once saved.
    var savedID: String?

    init(activity: String) {
        self.activity = activity
    }

    /// The draft of a saved contact.
    init(_ saved: ParticipantContact) {
        name = saved.name
        contact = saved.contact
        purpose = saved.purpose
        retainUntil = saved.retainUntil
        consent = saved.consent
        savedID = saved.id
        activity = saved.activity
    }

    /// The activity the contact was collected at.
    let activity: String?

    /// Whether the draft may be kept: someone to reach, with consent, a purpose and a retention date.
    var isComplete: Bool {
        consent && !purpose.isEmpty && retainUntil != nil && !(name.isEmpty && contact.isEmpty)
    }

    /// The saved contact this draft describes (nil until complete).
    func contact(id: String) -> ParticipantContact? {
        guard isComplete, let retainUntil else { return nil }
        return ParticipantContact(
            id: id, name: name, contact: contact, consent: consent, purpose: purpose, retainUntil: retainUntil,
            activity: activity)
    }
}
