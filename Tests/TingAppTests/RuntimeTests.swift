import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The runtime with a real store on disk and the in-memory terminal: keypresses reach files.
struct RuntimeTests {
    private func temporaryLibrary() throws -> DialogueStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-runtime-\(UUID().uuidString)")
        return try DialogueStore(folder: folder)
    }

    @Test func catalogsLoadAfterTheFirstFrame() throws {
        let store = try temporaryLibrary()
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue([.terminate])
        var framesBeforeLoading = -1
        let runtime = Runtime(terminal: terminal, store: store, actor: "anna") {
            framesBeforeLoading = terminal.frames
            return Catalogs(templates: BuiltInTemplates.all, methodCards: [], problems: ["trasig.toml: fel"])
        }
        runtime.run()
        #expect(framesBeforeLoading == 1)
        #expect(runtime.currentState.templates.count == BuiltInTemplates.all.count)
        #expect(runtime.currentState.status == StatusLine("trasig.toml: fel", isError: true))
    }

    @Test func exampleTickAndQuitReachTheFile() throws {
        let store = try temporaryLibrary()
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let terminal = InMemoryTerminal(size: Size(width: 100, height: 30))
        terminal.enqueue(keys: [.character("e"), .character("1"), .character("n"), .character("q"), .character("q")])
        let runtime = Runtime(terminal: terminal, store: store, actor: "anna") {
            Catalogs(templates: BuiltInTemplates.all, methodCards: [], problems: [])
        }
        runtime.run()
        let entries = store.list()
        #expect(entries.count == 1)
        let loaded = try store.load(try #require(entries.first).stem)
        let first = try #require(loaded.dialogue.phases.first?.items.first)
        #expect(first.answer == .no)
        #expect(first.lastChange?.by == "anna")
        #expect(terminal.lines.joined().contains("Invånardialoger"))
    }

    @Test func theAnswerIsOnScreenBeforeItIsSaved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-order-\(UUID().uuidString)")
        let store = try DialogueStore(folder: folder)
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let template = try #require(BuiltInTemplates.all.first { $0.id == "helsingborg" })
        _ = try store.create(Dialogue(template: template, title: "Ordning", now: Fixtures.now))
        let keys: [Key] = [.enter, .character("y"), .character("q"), .character("q")]
        let terminal = RecordingTerminal(size: Size(width: 100, height: 30), events: keys.map { .key($0) })
        let runtime = Runtime(terminal: terminal, store: store, actor: "anna") {
            Catalogs(templates: BuiltInTemplates.all, methodCards: [], problems: [])
        }
        runtime.run()
        let answered = try #require(terminal.frames.firstIndex { $0.joined().contains("[ja]") })
        #expect(!terminal.frames[answered].joined().contains(UIStrings.swedish.saved))
        #expect(terminal.frames[answered + 1].joined().contains(UIStrings.swedish.saved))
    }

    @Test func theStateGetsTheMachinesCalendarWithTheClock() throws {
        let store = try temporaryLibrary()
        defer { try? FileManager.default.removeItem(at: store.folder) }
        var adak = Calendar(identifier: .gregorian)
        adak.timeZone = try #require(TimeZone(identifier: "America/Adak"))
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue([.terminate])
        let runtime = Runtime(
            terminal: terminal, store: store, actor: "anna", clock: { Fixtures.now }, calendar: { adak }
        ) { Catalogs(templates: [], methodCards: [], problems: []) }
        runtime.run()
        // Fixtures.now is 2027-01-15 08:00 UTC, still the 14th in Adak.
        #expect(runtime.currentState.calendar.timeZone.identifier == "America/Adak")
        #expect(runtime.currentState.today == LocalDate("2027-01-14"))
    }
}

/// Losing the terminal (SIGHUP, a closed laptop lid over SSH: the terminal reports `.terminate`) right after
/// a key: the frame came first, and the save that key asked for still reaches the disk before Ting ends.
struct RuntimeHangupTests {
    @Test func aSaveAskedForJustBeforeTheTerminalWentIsOnDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-hup-\(UUID().uuidString)")
        let store = try DialogueStore(folder: folder)
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let template = try #require(BuiltInTemplates.all.first { $0.id == "helsingborg" })
        let stem = try store.create(Dialogue(template: template, title: "Hängande", now: Fixtures.now))
        let terminal = ScriptedTerminal(
            size: Size(width: 100, height: 30),
            steps: [.event(.key(.enter)), .event(.key(.character("y"))), .event(.terminate)])
        let runtime = Runtime(terminal: terminal, store: store, actor: "anna") {
            Catalogs(templates: BuiltInTemplates.all, methodCards: [], problems: [])
        }
        runtime.run()
        #expect(runtime.currentState.isQuitting)
        let first = try #require(try store.load(stem).dialogue.phases.first?.items.first)
        #expect(first.answer == .yes)
        #expect(first.lastChange?.by == "anna")
    }
}
