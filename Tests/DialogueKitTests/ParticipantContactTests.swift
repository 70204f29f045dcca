import Foundation
import Testing

@testable import DialogueKit

/// Participants' contacts: only with consent, apart from inputs, purged after their retention date.
@Suite struct ParticipantContactTests {
    private let now = StoreFixtures.now

    @Test func aContactIsKeptOnlyWithConsent() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let retain = try #require(LocalDate("2025-12-31"))
        #expect(throws: DialogueError.contactWithoutConsent) {
            try dialogue.addContact(
                name: "Eva", contact: "eva@example.se", consent: false, purpose: "Återkoppling", retainUntil: retain,
                by: "anna", at: now)
        }
        let id = try dialogue.addContact(
            name: "Eva", contact: "eva@example.se", consent: true, purpose: "Återkoppling", retainUntil: retain,
            by: "anna", at: now)
        #expect(id == "c1" && dialogue.contacts.count == 1 && dialogue.inputs.isEmpty)
    }

    @Test func contactsPastTheirDateAreListedAndPurgedWithACount() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        for (name, day) in [("Eva", "2025-03-31"), ("Olle", "2025-06-30"), ("Siv", "2025-04-01")] {
            try dialogue.addContact(
                name: name, contact: "\(name)@example.se", consent: true, purpose: "Återkoppling",
                retainUntil: try #require(LocalDate(day)), by: "anna", at: now)
        }
        let day = try #require(LocalDate("2025-04-01"))
        #expect(dialogue.contactsPastRetention(on: day).map(\.name) == ["Eva"])
        #expect(dialogue.purgeContacts(pastRetentionOn: day, by: "anna", at: now) == 1)
        #expect(dialogue.purgeContacts(pastRetentionOn: day, by: "anna", at: now) == 0)
        #expect(dialogue.contacts.map(\.name) == ["Olle", "Siv"])
        let removed = dialogue.removeContact("c2", by: "anna", at: now)
        #expect(removed)
        #expect(dialogue.contacts.map(\.name) == ["Siv"])
    }
}
