import Foundation
import Testing

@testable import DialogueKit

@Suite struct StoreDamagedFileTests {
    /// Creates "Parken" and "Ängen", then rewrites parken.json with `edit` applied to its text.
    static func withParkenEdited(
        _ edit: (String) -> String, _ body: (DialogueStore, String) throws -> Void
    ) throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Ängen"))
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            let original = String(decoding: try store.bytes("parken.json"), as: UTF8.self)
            let text = edit(original)
            try #require(text != original, "the edit must change the file")
            try store.writeBehindItsBack("parken.json", text)
            try body(store, text)
        }
    }

    @Test func invalidJSONIsListedWithLineAndColumn() throws {
        try Self.withParkenEdited({
            $0.replacingOccurrences(of: "\"title\" : \"Parken\"", with: "\"title\" : Parken\"")
        }) { store, text throws in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = try #require(lines.firstIndex { $0.contains("Parken\"") })
            let column = try #require(lines[line].firstIndex(of: "P")).utf16Offset(in: lines[line]) + 1
            let damaged = try #require(store.listedDamaged.first)
            #expect(damaged.fileName == "parken.json")
            #expect(damaged.place == "rad \(line + 1), kolumn \(column)")
            #expect(damaged.reason.contains("'parken.json'"))
            #expect(damaged.reason.contains("ogiltig JSON"))
            #expect(damaged.reason.contains("`ting restore parken 2`"))
            #expect(store.listedTitles == ["parken.json", "Ängen"], "the rest of the library still works")
        }
    }

    @Test func aColumnCountsCharactersNotBytes() {
        let data = Data("{\n  \"åäö\" : x\n}".utf8)
        let problem = DecodingProblem(
            DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "")), in: data)
        #expect(problem.place == "rad 2, kolumn 11")
    }

    @Test func aTruncatedFileIsPlacedAtItsEnd() {
        let data = Data("{\n  \"title\" : \"Par".utf8)
        let problem = DecodingProblem(
            DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "")), in: data)
        #expect(problem.place == "rad 2, kolumn 17, filens slut")
        #expect(problem.problem.contains("tar slut för tidigt"))
    }

    @Test(arguments: [
        (
            "\"kind\" : \"question\"", "\"kind\" : \"bogus\"", "phases[1].items[0].kind",
            "värdet \"bogus\" är inte tillåtet här"
        ),
        ("\"purpose\" : \"\",", "", "purpose", "nyckeln \"purpose\" saknas"),
        (
            "\"schemaVersion\" : 1", "\"schemaVersion\" : \"ett\"", "schemaVersion",
            "värdet \"ett\" ska vara ett heltal"
        ),
        ("\"phases\" : [", "\"phases\" : 3, \"x\" : [", "phases", "värdet 3 ska vara en lista"),
        (
            "\"createdAt\" : \"2025-03-01T09:30:00Z\"", "\"createdAt\" : \"i går\"", "createdAt",
            "inte tillåtet"
        ),
    ])
    func aWrongShapeIsListedWithItsKeyPath(find: String, replace: String, place: String, problem: String)
        throws
    {
        try Self.withParkenEdited({ $0.replacingOccurrences(of: find, with: replace) }) { store, _ throws in
            let damaged = try #require(store.listedDamaged.first)
            #expect(damaged.place == place)
            #expect(damaged.reason.contains(problem), "\(damaged.reason)")
            #expect(damaged.reason.hasPrefix("Filen 'parken.json' går inte att läsa (\(place)): "))
            #expect(
                damaged.reason.hasSuffix(
                    "; rätta filen eller återställ en tidigare version: `ting history parken` visar dem, "
                        + "`ting restore parken 2` återställer den förra."))
        }
    }

    @Test func anEmptyFileIsDamaged() throws {
        try Self.withParkenEdited({ _ in "" }) { store, _ throws in
            let damaged = try #require(store.listedDamaged.first)
            #expect(damaged.reason.contains("filen är tom"))
        }
    }

    @Test func aDamagedFileIsNeverOverwritten() throws {
        try Self.withParkenEdited({
            $0.replacingOccurrences(of: "\"kind\" : \"question\"", with: "\"kind\" : 7")
        }) { store, _ throws in
            let before = try store.bytes("parken.json")
            let error = #expect(throws: StoreError.self) {
                try store.save(StoreFixtures.dialogue("Parken"), as: "parken")
            }
            guard case .wouldOverwriteDamaged(let file) = error else {
                Issue.record("expected wouldOverwriteDamaged, got \(String(describing: error))")
                return
            }
            #expect(file.place == "phases[1].items[0].kind")
            #expect(error?.description.contains("aldrig skriver över") == true)
            #expect(try store.bytes("parken.json") == before)
            #expect(throws: StoreError.damaged(file)) { try store.load("parken") }
            #expect(try store.bytes("parken.json") == before)
        }
    }

    @Test func aDamagedFileIsRefusedEvenWhenTheIndexStillCallsItHealthy() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(StoreFixtures.dialogue("Parken"))
            _ = store.list()
            try store.writeBehindItsBack("parken.json", "{ trasig")
            #expect(throws: StoreError.self) { try store.save(StoreFixtures.dialogue("Parken"), as: stem) }
            #expect(try store.bytes("parken.json") == Data("{ trasig".utf8))
        }
    }

    @Test func aNewerSchemaOpensReadOnlyAndIsNotSaved() throws {
        try Self.withParkenEdited({
            $0.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 99")
        }) { store, _ throws in
            let loaded = try store.load("parken")
            #expect(loaded.isReadOnly)
            #expect(
                loaded.readOnlyReason
                    == "Filen 'parken.json' är skriven av en nyare version av Ting (schema 99); uppdatera Ting för att ändra den."
            )
            let summary = store.list().compactMap { entry -> DialogueSummary? in
                if case .dialogue(let summary) = entry, summary.stem == "parken" { return summary }
                return nil
            }.first
            #expect(summary?.isReadOnly == true)

            let before = try store.bytes("parken.json")
            var dialogue = loaded.dialogue
            dialogue.schemaVersion = Dialogue.currentSchemaVersion
            #expect(throws: StoreError.newerSchema(fileName: "parken.json", schema: 99)) {
                try store.save(dialogue, as: "parken")
            }
            #expect(try store.bytes("parken.json") == before)
        }
    }

    @Test func aNewerSchemaThatDoesNotDecodeIsDamagedWithThatReason() throws {
        try Self.withParkenEdited({
            $0.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 3")
                .replacingOccurrences(of: "\"phases\" : [", with: "\"stages\" : [")
        }) { store, _ throws in
            let damaged = try #require(store.listedDamaged.first)
            #expect(damaged.reason.contains("nyare version av Ting (schema 3)"))
            #expect(damaged.reason.contains("uppdatera Ting"))
            #expect(throws: StoreError.damaged(damaged)) { try store.load("parken") }
        }
    }

    @Test func aFileNameWithControlCharactersIsListedAsDamaged() throws {
        try StoreFixtures.withLibrary { store throws in
            try store.writeBehindItsBack("bad\u{1b}name.json", "{}")
            let damaged = try #require(store.listedDamaged.first)
            #expect(damaged.fileName == "bad\u{1b}name.json")
            #expect(damaged.reason.contains("byt namn"))
        }
    }
}
