import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences on the library screen through the pure update.
struct LibraryUpdateTests {
    private func emptyLibrary() -> AppState {
        var state = AppState(
            size: Size(width: 80, height: 24), templates: [Fixtures.template], libraryPath: "/tmp/bibliotek",
            actor: "anna", now: Fixtures.now)
        _ = update(&state, .libraryListed([]))
        return state
    }

    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .keyPressed($0)) }
    }

    @Test func creatingADialogueAsksTemplateThenTitle() {
        var state = emptyLibrary()
        let effects = press([.character("n"), .enter] + "Åsa torg".map { .character($0) } + [.enter], on: &state)
        #expect(effects == [.create(templateID: "prov", title: "Åsa torg")])
    }

    @Test func anEmptyTitleIsRefused() {
        var state = emptyLibrary()
        let effects = press([.character("n"), .enter, .character(" "), .enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.isError == true)
    }

    @Test func escapeLeavesTheNewDialogueForm() {
        var state = emptyLibrary()
        _ = press([.character("n"), .enter, .escape, .escape], on: &state)
        guard case .browsing = state.library.mode else {
            Issue.record("two Esc should leave the form")
            return
        }
    }

    @Test func exampleIsOfferedByE() {
        var state = emptyLibrary()
        #expect(press([.character("e")], on: &state) == [.createExample])
    }

    @Test func qQuitsFromTheLibrary() {
        var state = emptyLibrary()
        #expect(press([.character("q")], on: &state) == [.quit])
        #expect(state.isQuitting)
    }

    @Test func terminationQuitsFromAnywhere() {
        var state = Fixtures.dialogueState()
        #expect(update(&state, .terminationRequested) == [.quit])
        #expect(state.isQuitting)
    }

    @Test func createdDialogueOpens() {
        var state = emptyLibrary()
        let loaded = LoadedDialogue(stem: "x", dialogue: Fixtures.dialogue(), isReadOnly: false, readOnlyReason: nil)
        _ = update(&state, .dialogueCreated(loaded))
        #expect(Fixtures.screen(state)?.stem == "x")
    }
}
