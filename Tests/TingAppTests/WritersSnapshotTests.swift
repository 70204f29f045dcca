import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// What other writers look like on screen: the conflict choice over the dialogue, and a library
/// row of a dialogue someone else has open.
struct WritersSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    private func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    /// A real conflict: anna answers the first gate "nej" in her Ting while eva's answers "ja".
    private func conflict() throws -> SaveConflict {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-snap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try DialogueStore(folder: folder)
        let stem = try store.create(Fixtures.dialogue())
        let eva = try store.load(stem)
        var anna = try store.load(stem)
        try anna.dialogue.apply(.answer(.no), to: "b.gate1", by: "anna", at: Fixtures.now)
        _ = try store.save(anna.dialogue, as: stem, over: #require(anna.version))
        var mine = eva.dialogue
        try mine.apply(.answer(.yes), to: "b.gate1", by: "eva", at: Fixtures.now)
        guard case .conflicted(let conflict) = try store.save(mine, as: stem, over: #require(eva.version)) else {
            throw StoreError.mergeFailed(fileName: "\(stem).json")
        }
        return conflict
    }

    @Test(arguments: sizes)
    func aConflictAsksWhoseValueStays(size: Size) throws {
        var state = Fixtures.dialogueState(size: size)
        _ = update(&state, .keyPressed(.character("y")))
        _ = update(&state, .saveConflicted(stem: "lekplats-i-raa", try conflict()))
        Snapshot.assertMatches(AppView.render(state), named: name("dialogue-conflict", size))
        #expect(update(&state, .keyPressed(.down)).isEmpty)
        #expect(update(&state, .keyPressed(.character("u"))).isEmpty, "u does not undo behind the question")
        #expect(update(&state, .keyPressed(.control("r"))).isEmpty)
        #expect(update(&state, .clicked(Point(x: 5, y: 5))).isEmpty, "a click changes nothing while the choice is open")
        let effects = update(&state, .keyPressed(.character("t")))
        guard case .dialogue(let d) = state.screen, case .save(let saved, _)? = effects.first else {
            Issue.record("taking theirs should save")
            return
        }
        #expect(d.pendingConflict == nil)
        #expect(saved.item("b.gate1")?.answer == GateAnswer.no)
        #expect(d.dialogue == saved)
    }

    @Test(arguments: sizes)
    func aDialogueOpenElsewhereSaysByWhomAndSince(size: Size) {
        var state = AppState(
            size: size, templates: [Fixtures.template], libraryPath: "/tmp/bibliotek", actor: "eva",
            now: Fixtures.now)
        let summary = DialogueSummary(stem: "lekplats-i-raa", dialogue: Fixtures.dialogue(), isReadOnly: false)
        _ = update(&state, .libraryListed([.dialogue(summary)]))
        _ = update(&state, .presenceListed([OpenElsewhere(stem: "lekplats-i-raa", who: "anna@radhus", since: "10:02")]))
        Snapshot.assertMatches(AppView.render(state), named: name("library-open-elsewhere", size))
    }
}
