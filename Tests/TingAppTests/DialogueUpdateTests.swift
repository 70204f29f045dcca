import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences on the dialogue screen through the pure update, asserting state and effects.
struct DialogueUpdateTests {
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .keyPressed($0)) }
    }

    private func savedDialogue(_ effects: [Effect]) -> Dialogue? {
        for case .save(let dialogue, let stem) in effects where stem == "lekplats-i-raa" { return dialogue }
        return nil
    }

    @Test func spaceCyclesGateAndEverySaveIsAsked() throws {
        var state = Fixtures.dialogueState()
        var effects = press([.character(" ")], on: &state)
        #expect(savedDialogue(effects)?.item("b.gate1")?.answer == .yes)
        effects = press([.character(" ")], on: &state)
        #expect(savedDialogue(effects)?.item("b.gate1")?.answer == .no)
        effects = press([.character(" ")], on: &state)
        #expect(savedDialogue(effects)?.item("b.gate1")?.answer == nil)
        #expect(savedDialogue(effects)?.item("b.gate1")?.lastChange?.by == "anna")
    }

    @Test func noOnGateStopsTheDialogue() throws {
        var state = Fixtures.dialogueState()
        _ = press([.character("j"), .character("n")], on: &state)
        let d = try #require(Fixtures.screen(state))
        #expect(d.dialogue.item("b.gate2")?.answer == .no)
        #expect(
            d.dialogue.gateResult
                == .stopped(
                    recommendation: Fixtures.template.gate.recommendation,
                    itemIDs: ["b.gate2"]))
        _ = press([.character("y")], on: &state)
        #expect(Fixtures.screen(state)?.dialogue.item("b.gate2")?.answer == .yes)
    }

    @Test func typingAnAnswerWithSwedishLetters() throws {
        var state = Fixtures.dialogueState()
        _ = press([.character("2"), .enter], on: &state)
        guard case .editingItem(let id, _) = Fixtures.screen(state)?.mode else {
            Issue.record("Enter on a question should open its editor")
            return
        }
        #expect(id == "p.why")
        let typed: [Key] = "För åäöx".map { .character($0) } + [.backspace, .left, .character("Ö"), .enter]
        let effects = press(typed, on: &state)
        #expect(savedDialogue(effects)?.item("p.why")?.response == "För åäÖö")
        #expect(Fixtures.screen(state)?.dialogue.item("p.why")?.response == "För åäÖö")
    }

    @Test func escapeCancelsEditingWithoutSaving() {
        var state = Fixtures.dialogueState()
        let effects = press([.character("2"), .enter, .character("x"), .escape], on: &state)
        #expect(effects.isEmpty)
        #expect(Fixtures.screen(state)?.dialogue.item("p.why")?.response == nil)
    }

    @Test func invalidDateIsRefusedAndEditingContinues() throws {
        var state = Fixtures.dialogueState()
        var effects = press([.character("2"), .down, .down, .enter], on: &state)
        effects = press("2026-02-30".map { .character($0) } + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.isError == true)
        guard case .editingItem = Fixtures.screen(state)?.mode else {
            Issue.record("an invalid date must keep the editor open")
            return
        }
        effects = press(
            Array(repeating: Key.backspace, count: 2) + [.character("2"), .character("8"), .enter], on: &state)
        #expect(savedDialogue(effects)?.item("p.start")?.date == LocalDate("2026-02-28"))
        #expect(Fixtures.screen(state)?.dialogue.schedule(of: .implementation).start == LocalDate("2026-02-28"))
    }

    @Test func choosingTheLevel() {
        var state = Fixtures.dialogueState()
        let effects = press([.character("2"), .down, .enter, .down, .enter], on: &state)
        #expect(savedDialogue(effects)?.influenceLevel?.id == "resonemang")
    }

    @Test func tickingAStep() {
        var state = Fixtures.dialogueState()
        var effects = press([.character("3"), .character(" ")], on: &state)
        #expect(savedDialogue(effects)?.item("g.doc")?.done == true)
        effects = press([.character(" ")], on: &state)
        #expect(savedDialogue(effects)?.item("g.doc")?.done == nil)
    }

    @Test func phaseKeysAndTabsWrapAround() {
        var state = Fixtures.dialogueState()
        _ = press([.character("5")], on: &state)
        #expect(Fixtures.screen(state)?.phaseIndex == 4)
        _ = press([.tab], on: &state)
        #expect(Fixtures.screen(state)?.phaseIndex == 0)
        _ = press([.backTab], on: &state)
        #expect(Fixtures.screen(state)?.phaseIndex == 4)
        _ = press([.character("9")], on: &state)
        #expect(Fixtures.screen(state)?.phaseIndex == 4)
    }

    @Test func readOnlyRefusesEveryEdit() {
        var state = Fixtures.dialogueState(readOnly: true)
        let effects = press([.character(" "), .character("y"), .character("2"), .enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.isError == true)
        #expect(Fixtures.screen(state)?.dialogue == Fixtures.dialogue())
    }

    @Test func editingTheTitleInDetails() {
        var state = Fixtures.dialogueState()
        let keys: [Key] = [.character("e"), .enter, .end] + " 2027".map { .character($0) } + [.enter]
        let effects = press(keys, on: &state)
        #expect(savedDialogue(effects)?.title == "Lekplats i Råå 2027")
    }

    @Test func filterNarrowsTheChecklist() {
        var state = Fixtures.dialogueState()
        _ = press([.character("2"), .character("/")] + "ansvar".map { .character($0) } + [.enter], on: &state)
        #expect(Fixtures.screen(state)?.visibleItems.map(\.id) == ["p.who"])
        _ = press([.escape], on: &state)
        #expect(Fixtures.screen(state)?.visibleItems.count == 4)
    }

    @Test func theFilterFoldsSwedishLettersWithoutTheMachinesLocale() {
        var state = Fixtures.dialogueState()
        _ = press([.character("1"), .character("/")] + "PÅVERKAS".map { .character($0) } + [.enter], on: &state)
        #expect(Fixtures.screen(state)?.visibleItems.map(\.id) == ["b.gate1"])
    }

    @Test func qGoesBackToTheLibraryAndRelists() {
        var state = Fixtures.dialogueState()
        let effects = press([.character("q")], on: &state)
        #expect(effects == [.listLibrary])
        if case .library = state.screen {} else { Issue.record("q should go back to the library") }
    }

    @Test func helpOverlayClosesOnAnyKeyWithoutActing() {
        var state = Fixtures.dialogueState()
        _ = press([.character("?")], on: &state)
        #expect(state.showsHelp)
        let effects = press([.character("y")], on: &state)
        #expect(effects.isEmpty, "y closes the help and answers nothing")
        #expect(!state.showsHelp)
    }

    @Test func storeFailureIsShownAsAnError() {
        var state = Fixtures.dialogueState()
        _ = update(&state, .storeFailed("Disken är full."))
        #expect(state.status == StatusLine("Disken är full.", isError: true))
    }
}

/// Issue 3 on the dialogue screen: one role's steps, and choosing methods that fit the level.
struct RolesAndMethodsUpdateTests {
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .keyPressed($0)) }
    }

    @Test func rCyclesThroughTheRolesAndBackToAll() {
        var state = Fixtures.dialogueState()
        _ = press([.character("2"), .character("r")], on: &state)
        #expect(Fixtures.screen(state)?.roleFilter == "tjansteperson")
        #expect(Fixtures.screen(state)?.visibleItems.map(\.id) == ["p.who"])
        _ = press([.character("r")], on: &state)
        #expect(Fixtures.screen(state)?.roleFilter == "fortroendevald")
        #expect(Fixtures.screen(state)?.visibleItems.isEmpty == true)
        _ = press([.character("r")], on: &state)
        #expect(Fixtures.screen(state)?.roleFilter == nil)
        #expect(Fixtures.screen(state)?.visibleItems.count == 4)
    }

    @Test func methodsFittingTheLevelComeFirstAndSpaceChoosesOne() throws {
        var state = Fixtures.dialogueState()
        _ = press([.character("2"), .down, .enter, .down, .enter], on: &state)
        #expect(Fixtures.screen(state)?.dialogue.influenceLevel?.id == "resonemang")
        #expect(state.rankedMethods(for: try #require(Fixtures.screen(state)).dialogue).first?.id == "workshop")
        let effects = press([.character("3"), .character("m"), .character(" ")], on: &state)
        guard case .save(let saved, _) = effects.last else {
            Issue.record("choosing a method must be saved")
            return
        }
        #expect(saved.methods.map(\.id) == ["workshop"])
        let undone = press([.character(" ")], on: &state)
        guard case .save(let again, _) = undone.last else {
            Issue.record("removing a method must be saved")
            return
        }
        #expect(again.methods.isEmpty)
        _ = press([.escape], on: &state)
        guard case .browsing = Fixtures.screen(state)?.mode else {
            Issue.record("Esc should close the method picker")
            return
        }
    }

    @Test func readOnlyRefusesChoosingMethods() {
        var state = Fixtures.dialogueState(readOnly: true)
        #expect(press([.character("m"), .character(" ")], on: &state).isEmpty)
        #expect(state.status?.isError == true)
    }
}
