import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// Undo (u) and redo (Ctrl-R) through the pure update: every change goes back to what was saved before it.
struct UndoUpdateTests {
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] { PanelFixtures.press(keys, on: &state) }

    /// What a save writes, without who and when, which an undo records anew.
    private func content(_ dialogue: Dialogue?) -> Dialogue? {
        guard var dialogue else { return nil }
        dialogue.modifiedBy = nil
        dialogue.modifiedAt = Fixtures.now
        return dialogue
    }

    private var opened: Dialogue? { content(Fixtures.dialogue()) }

    @Test func aTickIsUndoneAndRedoneAndEachIsSaved() throws {
        var state = Fixtures.dialogueState()
        let ticked = PanelFixtures.saved(press([.character("3"), .character(" ")], on: &state))
        #expect(ticked?.item("g.doc")?.done == true)
        #expect(ticked?.modifiedBy == "anna", "the change is stamped with who made it")
        var effects = press([.character("u")], on: &state)
        #expect(content(PanelFixtures.saved(effects)) == opened)
        #expect(state.status?.text == "Ångrade: bockade av \"Dokumentera det som kommer fram.\"")
        _ = update(&state, .dialogueSaved(stem: "lekplats-i-raa"))
        #expect(state.status?.text.hasPrefix("Ångrade") == true, "the save keeps what the undo said")
        effects = press([.control("r")], on: &state)
        #expect(content(PanelFixtures.saved(effects)) == content(ticked))
        #expect(state.status?.text == "Gjorde om: bockade av \"Dokumentera det som kommer fram.\"")
    }

    @Test func aGateAnswerIsUndone() {
        var state = Fixtures.dialogueState()
        _ = press([.character("n")], on: &state)
        let effects = press([.character("u")], on: &state)
        #expect(content(PanelFixtures.saved(effects)) == opened)
        #expect(state.status?.text == "Ångrade: svarade nej på \"Kan beslutsfattarna påverkas?\"")
    }

    @Test func everyStepGoesBackToWhenTheDialogueWasOpenedAndNoFurther() {
        var state = Fixtures.dialogueState()
        _ = press([.character("y"), .character("j"), .character("n"), .character("3"), .character(" ")], on: &state)
        var last: Dialogue?
        for _ in 0..<3 { last = PanelFixtures.saved(press([.character("u")], on: &state)) }
        #expect(content(last) == opened)
        let effects = press([.character("u")], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.nothingToUndo)
        #expect(press([.control("r"), .control("r"), .control("r")], on: &state).count == 3)
        #expect(press([.control("r")], on: &state).isEmpty)
        #expect(state.status?.text == UIStrings.swedish.nothingToRedo)
    }

    @Test func aNewChangeAfterAnUndoCannotBeRedoneOver() {
        var state = Fixtures.dialogueState()
        _ = press([.character("y"), .character("u"), .character("j"), .character("y")], on: &state)
        #expect(press([.control("r")], on: &state).isEmpty)
        #expect(Fixtures.screen(state)?.undo.undo.count == 1)
    }

    @Test func addingATargetGroupIsUndoneInsideItsPanel() {
        var state = PanelFixtures.state(.groups)
        let added = PanelFixtures.saved(press([.character("a")] + PanelFixtures.type("Unga") + [.enter], on: &state))
        #expect(added?.planning.targetGroups.map(\.name) == ["Unga"])
        let effects = press([.character("u")], on: &state)
        #expect(content(PanelFixtures.saved(effects)) == opened)
        #expect(state.status?.text == "Ångrade: lade till målgruppen \"Unga\"")
        #expect(Fixtures.screen(state)?.frontPanel == .groups, "undo does not leave the panel")
        let redone = PanelFixtures.saved(press([.control("r")], on: &state))
        #expect(redone?.planning.targetGroups.map(\.name) == ["Unga"])
    }

    @Test func aGoalEditIsUndoneAndUIsTextWhileTyping() throws {
        var state = PanelFixtures.state(.goals)
        _ = press([.character("a"), .enter] + PanelFixtures.type("ung") + [.enter], on: &state)
        #expect(Fixtures.screen(state)?.dialogue.planning.goals.first?.goal == "ung", "u was typed, not undone")
        _ = press([.enter, .end] + PanelFixtures.type("a") + [.enter], on: &state)
        #expect(Fixtures.screen(state)?.dialogue.planning.goals.first?.goal == "unga")
        var effects = press([.character("u")], on: &state)
        #expect(PanelFixtures.saved(effects)?.planning.goals.first?.goal == "ung")
        #expect(state.status?.text == "Ångrade: ändrade målet \"ung\": mål \"unga\"")
        _ = press([.character("u")], on: &state)
        effects = press([.character("u")], on: &state)
        #expect(content(PanelFixtures.saved(effects)) == opened)
        #expect(Fixtures.screen(state)?.panels[GoalsPanel.self].selected == 0)
    }

    @Test func aDetailIsUndoneInTheDetailsFormAndUIsTextInItsField() {
        var state = Fixtures.dialogueState()
        let typed = PanelFixtures.saved(
            press(
                [.character("e"), .down, .enter] + PanelFixtures.type("Hur ska ungdomar nå ut?") + [.enter], on: &state)
        )
        #expect(typed?.question == "Hur ska ungdomar nå ut?")
        let effects = press([.character("u")], on: &state)
        #expect(content(PanelFixtures.saved(effects)) == opened)
        #expect(state.status?.text == "Ångrade: ändrade frågan till \"Hur ska ungdomar nå ut?\"")
        guard case .details = Fixtures.screen(state)?.mode else {
            Issue.record("undo keeps the details form open")
            return
        }
    }

    @Test func aChangeByClickIsUndoneToo() throws {
        var state = Fixtures.dialogueState()
        _ = press([.character("3")], on: &state)
        let d = try #require(Fixtures.screen(state))
        let row = DialogueLayout(size: state.size, screen: d).checklist.rect.y
        _ = update(&state, .clicked(Point(x: 5, y: row)))
        #expect(Fixtures.screen(state)?.dialogue.item("g.doc")?.done == true, "a second click on the row ticks it")
        #expect(content(PanelFixtures.saved(press([.character("u")], on: &state))) == opened)
    }

    @Test(arguments: PanelFixtures.planningPanels)
    func everyPanelTakesUAndVWhileNothingIsTyped(panel: PanelID) {
        var state = PanelFixtures.state(panel)
        _ = press([.character("u")], on: &state)
        #expect(state.status?.text == UIStrings.swedish.nothingToUndo)
        #expect(press([.character("v")], on: &state) == [.loadHistory(stem: "lekplats-i-raa")])
        _ = press([.escape], on: &state)
        #expect(Fixtures.screen(state)?.frontPanel == panel)
    }

    @Test func anUndoAfterSomeoneElsesChangeTakesBackOnlyTheStep() throws {
        var state = Fixtures.dialogueState()
        let answered = try #require(Fixtures.screen(state)?.selected?.id)
        _ = press([.character("y")], on: &state)
        guard case .dialogue(var d) = state.screen else { return }
        d.dialogue.purpose = "ändrat av någon annan"
        state.screen = .dialogue(d)
        let effects = press([.character("u")], on: &state)
        #expect(effects.count == 1, "the undo is saved")
        #expect(Fixtures.screen(state)?.dialogue.item(answered)?.answer == nil, "the step is taken back")
        #expect(Fixtures.screen(state)?.dialogue.purpose == "ändrat av någon annan", "their change stays")
    }

    @Test func anUndoRefusesWhenSomeoneElseChangedTheSameValueSince() throws {
        var state = Fixtures.dialogueState()
        let answered = try #require(Fixtures.screen(state)?.selected?.id)
        _ = press([.character("y")], on: &state)
        guard case .dialogue(var d) = state.screen else { return }
        try d.dialogue.apply(.answer(.no), to: answered, by: "anna", at: Fixtures.now)
        state.screen = .dialogue(d)
        let effects = press([.character("u")], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status == StatusLine(UIStrings.swedish.undoReplaced, isError: true))
        #expect(Fixtures.screen(state)?.dialogue.item(answered)?.answer == .no, "their answer stays")
    }

    @Test func aReadOnlyDialogueHasNothingToUndo() {
        var state = Fixtures.dialogueState(readOnly: true)
        #expect(press([.character("y"), .character("u")], on: &state).isEmpty)
    }

    @Test func theHistoryViewRestoresAVersionWhichUCanTakeBack() throws {
        var state = Fixtures.dialogueState()
        #expect(press([.character("v")], on: &state) == [.loadHistory(stem: "lekplats-i-raa")])
        var older = Fixtures.dialogue()
        older.purpose = "Förra syftet"
        let versions = [
            DialogueVersion(
                number: 1, path: "lekplats-i-raa.json", dialogue: Fixtures.dialogue(), problem: nil,
                savedAt: Fixtures.now, author: "anna", changes: ["tömde syftet"]),
            DialogueVersion(
                number: 2, path: ".backup/lekplats-i-raa/a.json", dialogue: older, problem: nil,
                savedAt: Fixtures.now.addingTimeInterval(-3600), author: "Bo Ek", changes: []),
        ]
        _ = update(&state, .historyLoaded(stem: "lekplats-i-raa", versions: versions))
        #expect(press([.enter], on: &state).isEmpty)
        #expect(state.status?.text == UIStrings.swedish.versionIsCurrent)
        #expect(press([.down, .enter], on: &state).isEmpty)
        #expect(press([.character("y")], on: &state) == [.restoreVersion(versions[1], stem: "lekplats-i-raa")])
        var restored = older
        restored.markModified(by: "anna", at: Fixtures.now)
        _ = update(&state, .versionRestored(stem: "lekplats-i-raa", dialogue: restored, version: versions[1]))
        #expect(Fixtures.screen(state)?.dialogue.purpose == "Förra syftet")
        #expect(state.status?.text == "Återställde version 2 (2027-01-15 08:00, Bo Ek)")
        guard case .browsing = Fixtures.screen(state)?.mode else {
            Issue.record("the history view closes after a restore")
            return
        }
        let effects = press([.character("u")], on: &state)
        #expect(PanelFixtures.saved(effects)?.purpose == "")
        #expect(state.status?.text == "Ångrade: återställde version 2 (2027-01-15 08:00, Bo Ek)")
    }

    @Test(arguments: [Key.escape, .character("v"), .character("q")])
    func theHistoryViewAsksBeforeRestoringAndIsClosedBy(key: Key) {
        var state = Fixtures.dialogueState()
        _ = press([.character("v")], on: &state)
        let versions = [1, 2].map { number in
            DialogueVersion(
                number: number, path: "\(number).json", dialogue: Fixtures.dialogue(), problem: nil,
                savedAt: Fixtures.now, author: "anna", changes: [])
        }
        _ = update(&state, .historyLoaded(stem: "lekplats-i-raa", versions: versions))
        func list() -> PickListState<DialogueVersion>? {
            if case .history(let list)? = Fixtures.screen(state)?.mode { list } else { nil }
        }
        for no in [Key.character("n"), .escape, .character("q")] {
            #expect(press([.down, .enter], on: &state).isEmpty)
            #expect(list()?.isConfirming == true, "Enter on an older version asks first")
            #expect(press([no], on: &state).isEmpty, "\(no) restores nothing")
            #expect(list()?.isConfirming == false, "\(no) answers no and the list stays")
        }
        #expect(press([key], on: &state).isEmpty)
        #expect(list() == nil, "\(key) closes the history view")
    }

    @Test func aHistoryThatCannotBeReadClosesTheViewAndSaysWhy() {
        var state = Fixtures.dialogueState()
        _ = press([.character("v")], on: &state)
        _ = update(&state, .storeFailed("Filen gick inte att läsa."))
        #expect(state.status == StatusLine("Filen gick inte att läsa.", isError: true))
        guard case .browsing = Fixtures.screen(state)?.mode else {
            Issue.record("the history view closes when its versions cannot be read")
            return
        }
    }

    @Test func theTrashViewPutsADialogueBackAfterYes() {
        var state = AppState(
            size: Size(width: 80, height: 24), templates: [Fixtures.template], libraryPath: "/tmp/bibliotek",
            actor: "anna", now: Fixtures.now)
        #expect(press([.character("p")], on: &state) == [.listTrash])
        let entry = TrashedDialogue(
            name: "parken-20270115T080000Z", originalStem: "parken", deletedAt: Fixtures.now, title: "Parken")
        _ = update(&state, .trashListed([entry]))
        #expect(press([.enter, .character("n")], on: &state).isEmpty, "n keeps it in the trash")
        #expect(press([.enter, .character("y")], on: &state) == [.restoreFromTrash(name: entry.name)])
        #expect(update(&state, .restoredFromTrash(name: entry.name, stem: "parken-2")) == [.listLibrary])
        #expect(state.status?.text == "Lade tillbaka parken-20270115T080000Z som parken-2.json")
        guard case .browsing = state.library.mode else {
            Issue.record("the trash view closes after a restore")
            return
        }
        let summaries = ["aaa", "parken-2"].map { stem in
            LibraryEntry.dialogue(
                DialogueSummary(stem: stem, dialogue: Fixtures.dialogue(title: stem), isReadOnly: false))
        }
        _ = update(&state, .libraryListed(summaries))
        #expect(state.library.selectedEntry?.stem == "parken-2", "the dialogue put back is selected")
    }
}
