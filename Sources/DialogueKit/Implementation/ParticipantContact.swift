/// A way to reach a participant for feedback (Vänersborg: "Samla in kontaktinformation till deltagarna"),
/// kept apart from inputs and never linked to one; only with consent, for a purpose, until a date.
public struct ParticipantContact: Codable, Equatable, Sendable, Identifiable {
    /// Stable id within the dialogue: `c1`, `c2`, …
    public var id: String
    public var name: String
    /// An e-mail address, a phone number or a postal address, as given.
    public var contact: String
    /// The participant agreed to be contacted for `purpose`.
    public var consent: Bool
    /// What the contact may be used for, e.g. "återkoppling om beslutet".
    public var purpose: String
    /// The last day the contact may be kept; after it Ting offers to purge it.
    public var retainUntil: LocalDate
    /// The activity where it was collected, if any.
    public var activity: String?

    public init(
        id: String, name: String, contact: String, consent: Bool, purpose: String, retainUntil: LocalDate,
        activity: String? = nil
    ) {
        self.id = id
        self.name = name
        self.contact = contact
        self.consent = consent
        self.purpose = purpose
        self.retainUntil = retainUntil
        self.activity = activity
    }

    /// Whether the contact is past its retention date on `day`.
    public func isPastRetention(on day: LocalDate) -> Bool { retainUntil < day }
}
