import Foundation
import Testing

@testable import DialogueKit

/// The whole dialogue as JSON: versioned, the dialogue file's content and its inputs, never contacts.
struct ExportJSONTests {
    let dialogue = ExportFixtures.dialogue()

    func json() throws -> Data {
        try DialogueExport.data(
            of: dialogue, format: .json, table: .inputs, now: ExportFixtures.now, calendar: ExportFixtures.calendar)
    }

    @Test func holdsTheVersionTheDialogueAndItsInputs() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: try json()) as? [String: Any])
        #expect(object["format"] as? String == "ting-dialog")
        #expect(object["version"] as? Int == 1)
        #expect(object["exportedAt"] as? String == "2026-12-01T12:00:00Z")
        #expect(Set(object.keys) == ["format", "version", "exportedAt", "dialogue", "inputs"])
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["id"] as? String } == dialogue.inputs.map(\.id))
        let dialogueObject = try #require(object["dialogue"] as? [String: Any])
        #expect(dialogueObject["followUp"] != nil)
        #expect(dialogueObject["inputs"] == nil && dialogueObject["contacts"] == nil)
    }

    @Test func neverCarriesContactDetails() throws {
        let text = String(decoding: try json(), as: UTF8.self)
        #expect(!dialogue.contacts.isEmpty)
        #expect(!text.contains("hemlig@example.com"))
        #expect(!text.contains("Kontakt Hemlig"))
    }

    @Test func decodesBackToTheSameDialogueWithoutContacts() throws {
        struct Document: Decodable {
            var dialogue: Dialogue
            var inputs: [Input]
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let document = try decoder.decode(Document.self, from: try json())
        var expected = dialogue
        expected.contacts = []
        var decoded = document.dialogue
        decoded.inputs = document.inputs
        #expect(decoded == expected)
    }
}
