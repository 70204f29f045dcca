import Foundation
import Testing

@testable import DialogueKit

/// The tree a merge reads files into: every JSON value, escapes included, and nothing that is not JSON.
struct JSONValueTests {
    private func parse(_ text: String) throws -> JSONValue {
        try DialogueCoding.decodeJSON(from: Data(text.utf8))
    }

    @Test func everyKindOfValue() throws {
        let tree = try parse(#" {"a": [true, false, null, 0, -12, 1.5, 2e3], "b": {}, "c": [], "d": "x"} "#)
        #expect(
            tree
                == .object([
                    "a": .array([
                        .bool(true), .bool(false), .null, .integer(0), .integer(-12), .number(1.5), .integer(2000),
                    ]),
                    "b": .object([:]), "c": .array([]), "d": .string("x"),
                ]))
    }

    @Test func escapesAndLettersBeyondASCII() throws {
        #expect(try parse(#""Råå \"citat\" \\ \/ \n\t\u00e5\ud83d\ude00""#) == .string("Råå \"citat\" \\ / \n\tå😀"))
    }

    @Test(arguments: [#"[1 2]"#, #"{"a" 1}"#, "tru", #""open"#, "[1] x", "\"tab\there\"", "", "01x"])
    func textThatIsNotJSONIsRefused(text: String) {
        #expect(throws: (any Error).self) { try parse(text) }
    }

    @Test func tooDeepANestingIsRefused() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: (any Error).self) { try parse(deep) }
    }

    @Test func aDialogueFileParsesToWhatItEncodes() throws {
        let data = try DialogueCoding.encodeDialogue(StoreFixtures.dialogue("Råå"))
        let tree = try DialogueCoding.decodeJSON(from: data)
        #expect(try DialogueCoding.encodeJSON(tree) == data)
    }
}
