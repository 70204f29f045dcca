import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The history view of an open dialogue and the library's trash view, as golden screens.
struct HistorySnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    private func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    /// Three versions: the current one ticked a step, the one before answered a gate, the oldest was created.
    static func versions() throws -> [DialogueVersion] {
        var created = Fixtures.dialogue()
        created.modifiedAt = Fixtures.now.addingTimeInterval(-10800)
        var answered = created
        try answered.apply(.answer(.no), to: "b.gate1", by: "bo", at: Fixtures.now.addingTimeInterval(-7200))
        var ticked = answered
        try ticked.apply(.done(true), to: "g.doc", by: "anna", at: Fixtures.now)
        let dialogues = [ticked, answered, created]
        return dialogues.enumerated().map { offset, dialogue in
            let older = dialogues.indices.contains(offset + 1) ? dialogues[offset + 1] : nil
            return DialogueVersion(
                number: offset + 1, path: offset == 0 ? "lekplats-i-raa.json" : ".backup/lekplats-i-raa/\(offset).json",
                dialogue: dialogue, problem: nil, savedAt: dialogue.modifiedAt,
                author: DialogueChanges.author(of: dialogue, since: older),
                changes: older.map { DialogueChanges.describe(from: $0, to: dialogue) } ?? [])
        }
    }

    @Test(arguments: sizes)
    func historyView(size: Size) throws {
        var state = Fixtures.dialogueState(size: size)
        _ = update(&state, .keyPressed(.character("v")))
        _ = update(&state, .historyLoaded(stem: "lekplats-i-raa", versions: try Self.versions()))
        _ = update(&state, .keyPressed(.down))
        Snapshot.assertMatches(AppView.render(state), named: name("history", size))
        if size.width == 80 {
            _ = update(&state, .keyPressed(.enter))
            Snapshot.assertMatches(AppView.render(state), named: name("history-confirm", size))
        }
    }

    @Test(arguments: sizes)
    func trashView(size: Size) {
        var state = AppState(
            size: size, templates: [Fixtures.template], libraryPath: "/tmp/bibliotek", actor: "anna",
            now: Fixtures.now)
        _ = update(&state, .libraryListed([]))
        _ = update(&state, .keyPressed(.character("p")))
        let trashed = [
            TrashedDialogue(
                name: "lekplats-i-raa-20270115T080000Z", originalStem: "lekplats-i-raa", deletedAt: Fixtures.now,
                title: "Lekplats i Råå"),
            TrashedDialogue(
                name: "trasig-20260101T120000Z", originalStem: "trasig",
                deletedAt: Fixtures.now.addingTimeInterval(-86400 * 14), title: nil),
        ]
        _ = update(&state, .trashListed(trashed))
        Snapshot.assertMatches(AppView.render(state), named: name("trash", size))
    }
}
