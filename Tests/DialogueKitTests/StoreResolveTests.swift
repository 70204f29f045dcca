import Foundation
import Testing

@testable import DialogueKit

@Suite struct StoreResolveTests {
    static func withParks(_ body: (DialogueStore) throws -> Void) throws {
        try StoreFixtures.withLibrary { store throws in
            for title in ["Parken", "Parken", "Parkering vid torget", "Ängen"] {
                _ = try store.create(StoreFixtures.dialogue(title))
            }
            try body(store)
        }
    }

    @Test func anExactStemWinsOverLongerOnes() throws {
        try Self.withParks { store throws in
            #expect(try store.resolve("parken") == "parken")
            #expect(try store.resolve("parken-2") == "parken-2")
        }
    }

    @Test func aUniquePrefixResolvesIgnoringCase() throws {
        try Self.withParks { store throws in
            #expect(try store.resolve("parker") == "parkering-vid-torget")
            #expect(try store.resolve("ANG") == "angen")
            #expect(try store.resolve("Parken") == "parken")
        }
    }

    @Test func anAmbiguousPrefixListsTheCandidates() throws {
        try Self.withParks { store throws in
            let error = #expect(throws: StoreError.self) { try store.resolve("park") }
            #expect(
                error
                    == .ambiguous(query: "park", candidates: ["parken", "parken-2", "parkering-vid-torget"]))
            #expect(error?.description.contains("parken, parken-2, parkering-vid-torget") == true)
        }
    }

    @Test func noMatchListsWhatThereIs() throws {
        try Self.withParks { store throws in
            let error = #expect(throws: StoreError.self) { try store.resolve("skolan") }
            #expect(
                error
                    == .noMatch(
                        query: "skolan", folder: store.folder.path,
                        available: ["angen", "parken", "parken-2", "parkering-vid-torget"]))
            #expect(error?.description.contains("angen, parken") == true)
        }
    }

    @Test func anEmptyLibrarySaysHowToStart() throws {
        try StoreFixtures.withLibrary { store throws in
            let error = #expect(throws: StoreError.self) { try store.resolve("x") }
            #expect(error?.description.contains("ting new") == true)
        }
    }

    @Test func aDamagedFileCanBeResolvedSoItCanBeShownOrTrashed() throws {
        try StoreFixtures.withLibrary { store throws in
            try store.writeBehindItsBack("trasig.json", "{")
            #expect(try store.resolve("tras") == "trasig")
        }
    }
}
