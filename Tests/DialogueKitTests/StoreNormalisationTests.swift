import Foundation
import Testing

@testable import DialogueKit

/// File names that differ only in Unicode normalisation are different files: each is listed and
/// each can be named.
@Suite struct StoreNormalisationTests {
    static let composed = "f\u{E5}"  // "få", å as one scalar (NFC)
    static let decomposed = "fa\u{30A}"  // "få", a + combining ring (NFD)

    @Test func bothSpellingsAreListedAndResolved() throws {
        try StoreFixtures.withLibrary { store throws in
            for (stem, title) in [(Self.composed, "Sammansatt"), (Self.decomposed, "Uppdelad")] {
                let data = try DialogueCoding.encodeDialogue(StoreFixtures.dialogue(title))
                try data.write(to: store.folder.appending(path: "\(stem).json"))
            }
            _ = try store.create(StoreFixtures.dialogue("Tredje"))
            #expect(Set(store.listedTitles) == ["Sammansatt", "Uppdelad", "Tredje"])
            #expect(Set(store.listedTitles) == ["Sammansatt", "Uppdelad", "Tredje"], "again, from the index")
            #expect(try LibraryIndexTests.index(of: store).entries.count == 3)
            for (stem, title) in [(Self.composed, "Sammansatt"), (Self.decomposed, "Uppdelad")] {
                let resolved = try store.resolve(stem)
                #expect(Array(resolved.utf8) == Array(stem.utf8))
                #expect(try store.load(resolved).dialogue.title == title)
            }
        }
    }

    @Test func aStemFromADecomposedTitleIsTheSameASCIIStem() {
        #expect(DialogueFileName.stem(forTitle: "Gr\u{F6}n f\u{E5}gel") == "gron-fagel")
        #expect(DialogueFileName.stem(forTitle: "Gro\u{308}n fa\u{30A}gel") == "gron-fagel")
    }
}
