import Foundation
import Testing

@testable import DialogueKit

/// Dialogue files written before roles, method cards and level degrees existed still open,
/// and the new fields survive a round trip.
@Suite struct StoreOlderFileTests {
    /// `dialogue` encoded as a file, with `keys` removed from the top level and `levelKeys` from every level.
    static func file(_ dialogue: Dialogue, without keys: [String], levelKeys: [String] = []) throws -> Data {
        let data = try DialogueCoding.encodeDialogue(dialogue)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in keys { object[key] = nil }
        let levels = try #require(object["levels"] as? [[String: Any]])
        object["levels"] = levels.map { level in level.filter { !levelKeys.contains($0.key) } }
        return try JSONSerialization.data(withJSONObject: object)
    }

    @Test func aFileWithoutRolesMethodsAndDegreesOpensWithThemEmpty() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.levels[0].degree = 1
        let old = try Self.file(dialogue, without: ["roles", "methods"], levelKeys: ["degree"])
        let object = try #require(try JSONSerialization.jsonObject(with: old) as? [String: Any])
        #expect(object["roles"] == nil && object["methods"] == nil)
        #expect(!String(decoding: old, as: UTF8.self).contains("\"degree\""))
        let decoded = try DialogueCoding.decodeDialogue(from: old)
        #expect(decoded.roles.isEmpty)
        #expect(decoded.methods.isEmpty)
        #expect(decoded.levels.allSatisfy { $0.degree == nil })
        #expect(decoded.phases == dialogue.phases)
        #expect(decoded.title == "Parken")
    }

    @Test func rolesMethodsAndDegreesSurviveTheRoundTrip() throws {
        var dialogue = StoreFixtures.dialogue("Torget")
        dialogue.roles = [TemplateRole(id: "namnd", name: "Nämnd", responsibilities: ["Beslutar om dialogen."])]
        dialogue.methods = [
            MethodCard(
                id: "enkat", name: "Enkät", degrees: [2], usedFor: "Åsikter", participants: "Många",
                resources: "Lite", time: "Veckor", strengths: "Når många", sources: ["Lund"])
        ]
        dialogue.levels[1].degree = 3
        let data = try DialogueCoding.encodeDialogue(dialogue)
        #expect(try DialogueCoding.decodeDialogue(from: data) == dialogue)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"usedFor\" : \"Åsikter\""))
        #expect(text.contains("\"responsibilities\" : ["))
    }

    @Test func aFileMissingARequiredKeyIsStillRefused() throws {
        let broken = try Self.file(StoreFixtures.dialogue("Parken"), without: ["title"])
        #expect(throws: DecodingError.self) { try DialogueCoding.decodeDialogue(from: broken) }
    }
}
