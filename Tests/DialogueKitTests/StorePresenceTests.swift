import Foundation
import Testing

@testable import DialogueKit

/// Presence files: who has a dialogue open, never listed as a dialogue, gone when stale.
struct StorePresenceTests {
    private let anna = WriterIdentity(user: "anna", host: "radhus", pid: 4242)

    private func annas(_ store: DialogueStore) throws -> DialogueStore {
        try DialogueStore(folder: store.folder, identity: anna)
    }

    @Test func othersSeeWhoHasADialogueOpenAndTheOpenerDoesNot() throws {
        try StoreFixtures.withLibrary { store in
            let stem = try store.create(StoreFixtures.dialogue("Lekplats"))
            try annas(store).markOpen(stem, since: StoreFixtures.now)
            #expect(store.presences() == [DialoguePresence(stem: stem, identity: anna, since: StoreFixtures.now)])
            #expect(try annas(store).presences().isEmpty)
            #expect(store.list().map(\.stem) == [stem])
            #expect(try store.resolve("lek") == stem)
            try annas(store).markClosed(stem)
            #expect(store.presences().isEmpty)
        }
    }

    @Test func aStalePresenceIsNotShownAndIsRemoved() throws {
        try StoreFixtures.withLibrary { store in
            let stem = try store.create(StoreFixtures.dialogue("Lekplats"))
            try annas(store).markOpen(stem, since: StoreFixtures.now)
            let gone = WriterIdentity(user: "eva", host: WriterIdentity.current.host, pid: 4_999_999)
            try DialogueStore(folder: store.folder, identity: gone).markOpen(stem, since: StoreFixtures.now)
            let annaFile = try #require(try store.fileNames().first { $0.contains("anna@radhus") })
            try store.setModified(annaFile, to: Date().addingTimeInterval(-600))
            #expect(store.presences().isEmpty)
            #expect(try store.fileNames().filter { $0.contains(".open.") }.isEmpty)
        }
    }

    @Test func aRefreshKeepsTheTimeOpened() throws {
        try StoreFixtures.withLibrary { store in
            let stem = try store.create(StoreFixtures.dialogue("Lekplats"))
            let annas = try annas(store)
            annas.markOpen(stem, since: StoreFixtures.now)
            let file = try #require(try store.fileNames().first { $0.contains(".open.") })
            try store.setModified(file, to: Date().addingTimeInterval(-80))
            annas.markOpen(stem, since: StoreFixtures.now.addingTimeInterval(3600))
            let refreshed = try FileManager.default.attributesOfItem(atPath: store.url(file).path)[.modificationDate]
            #expect((refreshed as? Date).map { Date().timeIntervalSince($0) < 10 } == true)
            #expect(store.presences().map(\.since) == [StoreFixtures.now])
        }
    }

    @Test func aConflictWithNoAuthorInTheFileNamesWhoHasItOpen() throws {
        try StoreFixtures.withLibrary { store in
            var start = StoreFixtures.dialogue("Mål")
            let goal = start.addGoal(kind: .result, at: StoreFixtures.now)
            let stem = try store.create(start)
            let annas = try annas(store)
            annas.markOpen(stem, since: StoreFixtures.now)
            let mine = try store.load(stem)
            var theirs = try annas.load(stem)
            var their = try #require(theirs.dialogue.planning.goals.first)
            their.outcome = "Fyrtio svar"
            theirs.dialogue.updateGoal(their, at: StoreFixtures.now)
            _ = try annas.save(theirs.dialogue, as: stem, over: #require(theirs.version))
            var dialogue = mine.dialogue
            var my = try #require(dialogue.planning.goals.first { $0.id == goal })
            my.outcome = "Sextio svar"
            dialogue.updateGoal(my, at: StoreFixtures.now)
            guard case .conflicted(let conflict) = try store.save(dialogue, as: stem, over: #require(mine.version))
            else {
                Issue.record("expected a conflict")
                return
            }
            #expect(
                conflict.places == [
                    #"anna@radhus sparade utfallet "Fyrtio svar" på målet "Resultatmål" medan du sparade "Sextio svar"."#
                ])
        }
    }
}
