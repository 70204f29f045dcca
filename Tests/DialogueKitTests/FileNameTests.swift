import Foundation
import Testing

@testable import DialogueKit

@Suite struct FileNameTests {
    @Test(arguments: [
        ("Parken vid ån", "parken-vid-an"),
        ("Ålands Ö", "alands-o"),
        ("../../etc/passwd", "etc-passwd"),
        ("", "dialog"),
        ("   ", "dialog"),
        ("...", "dialog"),
        ("Café Æble & Smørrebrød", "cafe-aeble-smorrebrod"),
        ("Trafik 2025: Väg 13 / Östra", "trafik-2025-vag-13-ostra"),
        ("  --Medborgar\u{1b}[31mdialog--  ", "medborgar-31mdialog"),
    ])
    func stemIsDerivedFromTheTitle(title: String, stem: String) {
        #expect(DialogueFileName.stem(forTitle: title) == stem)
    }

    @Test func aVeryLongTitleGivesAShortStemWithoutATrailingHyphen() {
        let title = String(repeating: "Lång rubrik ", count: 25)
        let stem = DialogueFileName.stem(forTitle: title)
        #expect(stem.count <= DialogueFileName.maximumDerivedLength)
        #expect(stem.hasPrefix("lang-rubrik-lang"))
        #expect(!stem.hasSuffix("-"))
        #expect(DialogueFileName.isSafe(stem))
    }

    @Test(arguments: ["park", "park-2", "Möte 1", "a.b", "x_y"])
    func plainNamesAreSafe(stem: String) {
        #expect(DialogueFileName.isSafe(stem))
    }

    @Test(arguments: [
        "", ".", "..", "../park", "a/b", "a\\b", ".hidden", "x..y", "tab\there", "nul\u{0}",
        String(repeating: "a", count: 201),
    ])
    func pathLikeNamesAreNotSafe(stem: String) {
        #expect(!DialogueFileName.isSafe(stem))
    }

    @Test func sameTitlesGetNumberedStems() throws {
        try StoreFixtures.withLibrary { store throws in
            let stems = try (1...3).map { _ in try store.create(StoreFixtures.dialogue("Parken")) }
            #expect(stems == ["parken", "parken-2", "parken-3"])
            #expect(
                try store.fileNames().filter { !$0.hasPrefix(".") } == [
                    "parken-2.json", "parken-3.json", "parken.json",
                ])
        }
    }

    @Test func aHostileTitleStaysInsideTheLibrary() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(StoreFixtures.dialogue("../../etc/passwd"))
            #expect(stem == "etc-passwd")
            #expect(try store.fileNames().contains("etc-passwd.json"))
            let outside = store.folder.deletingLastPathComponent().appending(path: "etc")
            #expect(!FileManager.default.fileExists(atPath: outside.path))
        }
    }

    @Test(arguments: ["../outside", "/etc/passwd", ".index", "a/b", ""])
    func everyOperationRejectsUnsafeStems(stem: String) throws {
        try StoreFixtures.withLibrary { store throws in
            #expect(throws: StoreError.invalidName(stem)) { try store.load(stem) }
            #expect(throws: StoreError.invalidName(stem)) {
                try store.save(StoreFixtures.dialogue("x"), as: stem)
            }
            #expect(throws: StoreError.invalidName(stem)) { try store.trash(stem) }
            #expect(throws: StoreError.invalidName(stem)) { try store.resolve(stem) }
            #expect(try store.fileNames().filter { !$0.hasPrefix(".") }.isEmpty)
        }
    }
}
