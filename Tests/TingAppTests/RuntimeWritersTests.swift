import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The runtime with another writer on the same library: its change is merged into the next save
/// or read in on the timer, a collision is shown as a choice, and who else has a dialogue open is
/// shown in the library.
struct RuntimeWritersTests {
    private let anna = WriterIdentity(user: "anna", host: "radhus", pid: 4242)
    private let first = "beslut.beslutsfattare-paverkas"
    private let second = "beslut.fragan-paverkas"

    /// A library with one Helsingborg dialogue; `body` gets this Ting's store, anna's and the stem.
    private func withLibrary(_ body: (DialogueStore, DialogueStore, String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-writers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try DialogueStore(folder: folder)
        let template = try #require(BuiltInTemplates.all.first { $0.id == "helsingborg" })
        let stem = try store.create(Dialogue(template: template, title: "Lekplats", now: Fixtures.now))
        try body(store, try DialogueStore(folder: folder, identity: anna), stem)
    }

    /// Anna answers a gate question in her own Ting.
    private func annaAnswers(_ answer: GateAnswer, item: String, in store: DialogueStore, stem: String) {
        guard let loaded = try? store.load(stem), let version = loaded.version else { return }
        var dialogue = loaded.dialogue
        try? dialogue.apply(.answer(answer), to: item, by: "anna", at: Fixtures.now)
        _ = try? store.save(dialogue, as: stem, over: version)
    }

    private func run(
        _ store: DialogueStore, _ steps: [ScriptedTerminal.Step], checkingDiskEvery interval: Duration = .seconds(60)
    ) -> (Runtime, ScriptedTerminal) {
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), steps: steps)
        let runtime = Runtime(
            terminal: terminal, store: store, actor: "eva", calendar: { .swedish }, diskCheckInterval: interval
        ) {
            Catalogs(templates: BuiltInTemplates.all, methodCards: [], problems: [])
        }
        runtime.run()
        return (runtime, terminal)
    }

    private func openDialogue(_ state: AppState) -> DialogueScreenState? {
        if case .dialogue(let d) = state.screen { d } else { nil }
    }

    @Test func anotherWritersChangeIsMergedIntoTheNextSaveAndShown() throws {
        try withLibrary { store, annas, stem in
            let (runtime, terminal) = run(
                store,
                [
                    .event(.key(.enter)), .run { annaAnswers(.no, item: second, in: annas, stem: stem) },
                    .event(.key(.character("y"))),
                ])
            let onDisk = try store.load(stem).dialogue
            #expect(onDisk.item(first)?.answer == .yes)
            #expect(onDisk.item(second)?.answer == GateAnswer.no)
            let d = try #require(openDialogue(runtime.currentState))
            #expect(d.dialogue == onDisk)
            #expect(runtime.currentState.status == StatusLine(UIStrings.swedish.savedWithMerge))
            #expect(terminal.lines.joined().contains("[nej] Kan beslutet eller frågan påverkas?"))
        }
    }

    @Test func aFileChangedOnDiskIsReadInPlaceOnTheTimer() throws {
        try withLibrary { store, annas, stem in
            let (runtime, terminal) = run(
                store,
                [
                    .event(.key(.enter)), .event(.key(.character("2"))), .event(.key(.down)),
                    .run { annaAnswers(.no, item: second, in: annas, stem: stem) },
                    .event(.resize(Size(width: 100, height: 30))),
                ], checkingDiskEvery: .zero)
            let d = try #require(openDialogue(runtime.currentState))
            #expect(d.dialogue.item(second)?.answer == GateAnswer.no)
            #expect(d.phaseIndex == 1)
            #expect(d.selectedItem[1] == 1)
            #expect(runtime.currentState.status == StatusLine(UIStrings.swedish.changedOnDisk))
            #expect(terminal.lines.joined().contains(UIStrings.swedish.changedOnDisk))
        }
    }

    @Test func aCollisionIsAChoiceAndKeepingMineSavesMine() throws {
        try withLibrary { store, annas, stem in
            let (runtime, terminal) = run(
                store,
                [
                    .event(.key(.enter)), .run { annaAnswers(.no, item: first, in: annas, stem: stem) },
                    .event(.key(.character("y"))), .event(.key(.character("j"))),
                ])
            let d = try #require(openDialogue(runtime.currentState))
            let conflict = try #require(d.pendingConflict)
            let sentence =
                #"anna sparade "nej" på "Kan beslutsfattarna påverkas i frågan som dialogen behandlar?" medan du sparade "ja"."#
            #expect(conflict.places == [sentence])
            #expect(terminal.lines.joined().contains(UIStrings.swedish.conflictTitle))
            #expect(try store.load(stem).dialogue.item(first)?.answer == GateAnswer.no)
        }
        try withLibrary { store, annas, stem in
            _ = run(
                store,
                [
                    .event(.key(.enter)), .run { annaAnswers(.no, item: first, in: annas, stem: stem) },
                    .event(.key(.character("y"))), .event(.key(.character("m"))),
                ])
            let onDisk = try store.load(stem).dialogue
            #expect(onDisk.item(first)?.answer == .yes)
        }
    }

    @Test func takingTheirsKeepsTheirValueAndMyOtherChanges() throws {
        try withLibrary { store, annas, stem in
            let (runtime, _) = run(
                store,
                [
                    .event(.key(.enter)), .event(.key(.down)), .event(.key(.character("y"))), .event(.key(.up)),
                    .run { annaAnswers(.no, item: first, in: annas, stem: stem) },
                    .event(.key(.character("y"))), .event(.key(.character("t"))),
                ])
            let onDisk = try store.load(stem).dialogue
            #expect(onDisk.item(first)?.answer == GateAnswer.no)
            #expect(onDisk.item(second)?.answer == .yes)
            #expect(openDialogue(runtime.currentState)?.dialogue == onDisk)
        }
    }

    @Test func theLibraryShowsWhoElseHasADialogueOpenAndOpeningOneSaysSo() throws {
        try withLibrary { store, annas, stem in
            annas.markOpen(stem, since: Fixtures.now)
            var presentWhileOpen: [DialoguePresence] = []
            let (_, terminal) = run(
                store,
                [
                    .run {}, .event(.key(.enter)), .run { presentWhileOpen = annas.presences() },
                    .event(.key(.character("q"))),
                ])
            // Fixtures.now is 08:00 UTC: 09:00 in the runtime's calendar, whatever the machine's.
            #expect(terminal.lines.joined().contains("Lekplats · öppen hos anna@radhus sedan 09:00"))
            #expect(presentWhileOpen.map(\.stem) == [stem])
            #expect(presentWhileOpen.map(\.identity) == [store.identity])
            #expect(annas.presences().isEmpty)
            #expect(store.presences().map(\.identity) == [anna])
        }
    }
}
