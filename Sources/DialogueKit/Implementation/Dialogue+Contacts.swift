import Foundation

/// Participants' contact details: only with consent, for a purpose, until a retention date, and purged after it.
extension Dialogue {
    /// Keeps a participant's contact details with the next free id (`c1`, `c2`, …); refuses without consent.
    @discardableResult
    public mutating func addContact(
        name: String, contact: String, consent: Bool, purpose: String, retainUntil: LocalDate,
        activity: String? = nil, by actor: String, at now: Date
    ) throws(DialogueError) -> String {
        guard consent else { throw .contactWithoutConsent }
        if let activity, self.activity(activity) == nil { throw .noSuchActivity(activity) }
        let id = Planning.nextID(prefix: "c", after: contacts.map(\.id))
        contacts.append(
            ParticipantContact(
                id: id, name: name, contact: contact, consent: true, purpose: purpose, retainUntil: retainUntil,
                activity: activity))
        markModified(by: actor, at: now)
        return id
    }

    /// The contacts whose retention date has passed on `day`.
    public func contactsPastRetention(on day: LocalDate) -> [ParticipantContact] {
        contacts.filter { $0.isPastRetention(on: day) }
    }

    /// Removes every contact past its retention date on `day`; returns how many were removed.
    @discardableResult
    public mutating func purgeContacts(pastRetentionOn day: LocalDate, by actor: String, at now: Date) -> Int {
        let before = contacts.count
        contacts.removeAll { $0.isPastRetention(on: day) }
        let purged = before - contacts.count
        if purged > 0 { markModified(by: actor, at: now) }
        return purged
    }

    /// Removes one contact (the participant asked to be forgotten); false when there is none.
    @discardableResult
    public mutating func removeContact(_ id: String, by actor: String, at now: Date) -> Bool {
        guard contacts.remove(id: id) else { return false }
        markModified(by: actor, at: now)
        return true
    }
}
