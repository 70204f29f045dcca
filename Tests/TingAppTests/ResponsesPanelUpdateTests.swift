import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The Svar panel through the pure update: counts per status, answering a theme and many inputs at once,
/// the reason ej aktuellt needs, linking decisions, clearing, listing only the unanswered, and the trace.
struct ResponsesPanelUpdateTests {
    private typealias F = ResponsesFixtures

    @Test func aterkopplingListsSvarAndBeslutAfterItsChecklist() throws {
        let d = try #require(Fixtures.screen(F.state()))
        #expect(d.phase.phase == .feedback)
        #expect(Array(d.phasePanels.prefix(3)) == [.checklist, .responses, .decisions])
    }

    @Test func theCountsPerStatusAreOnTopAndTheUnansweredSaidAsSuch() {
        let text = PanelFixtures.text(F.state(size: Size(width: 120, height: 40)))
        #expect(text.contains("Svar: 12 inspel · ingår i förslaget 0 · genomförs 0"))
        #expect(text.contains("utan svar 12"))
        #expect(text.contains("trygghet"), "the theme is listed")
    }

    @Test func answeringAThemeAnswersItsInputsWithoutAResponseOfTheirOwn() throws {
        var state = F.state()
        // r opens the status list at once; ↓ to genomförs, Enter: a whole response, saved.
        let effects = PanelFixtures.press([.character("r"), .down, .enter], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        #expect(saved.themeResponse(for: "trygghet")?.response.status == .implemented)
        let counts = saved.responseCounts()
        #expect(counts.count(of: .implemented) == 6)
        #expect(counts.unanswered == 6)
        #expect(state.status == StatusLine(UIStrings.swedish.responseSaved(.theme("trygghet"))))
        _ = PanelFixtures.press([.escape, .tab], on: &state)
        let text = PanelFixtures.text(state)
        #expect(text.contains("genomförs (tema trygghet)"), "an input shows the theme's response as such")
    }

    @Test func ejAktuelltWaitsForItsReasonThenSavesWithSwedishLetters() throws {
        var state = F.state()
        // ej aktuellt is the fifth status.
        let first = PanelFixtures.press([.tab, .character("r"), .down, .down, .down, .down, .enter], on: &state)
        #expect(PanelFixtures.saved(first) == nil, "no response without its reason")
        #expect(state.status?.isError == true)
        let form = try #require(F.responses(state)?.form)
        #expect(form.fields.selected == .reason, "the reason comes next")
        #expect(!form.isSaved)
        #expect(
            PanelFixtures.text(state).contains("skriv skälet (krävs för ej aktuellt)"),
            "the form names what is still missing, not the status already chosen")
        let effects = PanelFixtures.press(
            [.enter] + PanelFixtures.type("Gångvägen ägs av Trafikverket, inte kommunen; åäö") + [.enter], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        let response = try #require(saved.input("i1")?.response)
        #expect(response.status == .notRelevant)
        #expect(response.reason == "Gångvägen ägs av Trafikverket, inte kommunen; åäö")
        #expect(F.responses(state)?.form?.isSaved == true)
    }

    @Test func markedInputsAreAnsweredAtOnce() throws {
        var state = F.state()
        _ = PanelFixtures.press([.tab, .character(" "), .character(" "), .down, .character(" ")], on: &state)
        #expect(F.responses(state)?.marked == ["i1", "i2", "i4"])
        let effects = PanelFixtures.press([.character("r"), .down, .down, .enter], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        #expect(saved.inputs.filter { $0.response?.status == .considered }.map(\.id) == ["i1", "i2", "i4"])
        #expect(state.status == StatusLine(UIStrings.swedish.responseSaved(.inputs(["i1", "i2", "i4"]))))
    }

    @Test func aResponseLinksDecisionsFromTheRegister() throws {
        var state = F.state(dialogue: F.dialogue(decision: true))
        // The theme: r, genomförs; then ↓↓↓ to Beslut, Enter, Space links b1, Enter.
        _ = PanelFixtures.press([.character("r"), .down, .enter], on: &state)
        let effects = PanelFixtures.press([.down, .down, .down, .enter, .character(" "), .enter], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        #expect(saved.themeResponse(for: "trygghet")?.response.decisions == ["b1"])
        #expect(saved.basis(of: "b1").inputCount == 6)
    }

    @Test func utanforFraganAsksWhereItWasSentOn() throws {
        var state = F.state()
        _ = PanelFixtures.press([.tab, .character("r"), .end, .enter], on: &state)
        #expect(F.responses(state)?.form?.fields.selected == .forwardedTo)
        let effects = PanelFixtures.press([.enter] + PanelFixtures.type("Trafiknämnden") + [.enter], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        #expect(saved.input("i1")?.response?.forwardedTo == "Trafiknämnden")
        #expect(saved.input("i1")?.response?.status == .outsideQuestion)
    }

    @Test func aResponseIsClearedAfterYes() throws {
        var state = F.state()
        _ = PanelFixtures.press([.character("r"), .down, .enter, .escape], on: &state)
        #expect(Keymap.hints(for: state).contains { $0.keyText == "d" })
        _ = PanelFixtures.press([.character("d")], on: &state)
        #expect(F.responses(state)?.confirmingClear == .theme("trygghet"))
        let saved = try #require(PanelFixtures.saved(PanelFixtures.press([.character("y")], on: &state)))
        #expect(saved.themeResponse(for: "trygghet") == nil)
    }

    @Test func anInputAnsweredByItsThemeHasNoResponseOfItsOwnToClear() {
        var state = F.state()
        _ = PanelFixtures.press([.character("r"), .down, .enter, .escape, .tab], on: &state)
        // i1 carries the theme: d is not offered, since it has nothing of its own.
        #expect(!Keymap.hints(for: state).contains { $0.keyText == "d" })
    }

    @Test func onlyTheUnansweredAreListedOnDemand() throws {
        var state = F.state()
        _ = PanelFixtures.press([.character("r"), .down, .enter, .escape, .character("o")], on: &state)
        let panel = try #require(F.responses(state))
        let rows = try #require(Fixtures.screen(state)).dialogue
        #expect(panel.currentIndex(for: rows).rows.map(\.id) == ["i2", "i4", "i6", "i8", "i10", "i12"])
        _ = PanelFixtures.press([.character("o")], on: &state)
        #expect(F.responses(state)?.currentIndex(for: rows).rows.count == 12)
    }

    @Test func enterOnAThemeListsItsInputsAndEscListsAllAgain() throws {
        var state = F.state()
        _ = PanelFixtures.press([.enter], on: &state)
        let d = try #require(Fixtures.screen(state))
        let panel = try #require(F.responses(state))
        #expect(panel.list == .inputs)
        #expect(panel.currentIndex(for: d.dialogue).rows.map(\.id) == ["i1", "i3", "i5", "i7", "i9", "i11"])
        _ = PanelFixtures.press([.escape], on: &state)
        #expect(F.responses(state)?.currentIndex(for: d.dialogue).rows.count == 12)
    }

    @Test func enterReadsAnInputWholeWithWhereItEndedUp() throws {
        var state = F.state(dialogue: F.dialogue(decision: true))
        _ = PanelFixtures.press([.character("r"), .down, .enter, .down, .down, .down, .enter], on: &state)
        _ = PanelFixtures.press([.character(" "), .enter, .escape, .tab, .enter], on: &state)
        guard case .reading(let viewer) = Fixtures.screen(state)?.mode else {
            Issue.record("Enter opens no viewer")
            return
        }
        #expect(viewer.title == "i1")
        #expect(viewer.text.contains("Var hamnade inspelet?"))
        #expect(viewer.text.contains("Svar: genomförs (tema trygghet)"))
        #expect(viewer.text.contains("b1 · Barn- och utbildningsnämnden 2027-03-12 § 41"))
    }

    @Test func aDuplicateIsReadWithItsOriginalAndTheOriginalsResponse() throws {
        var dialogue = F.dialogue()
        try dialogue.linkDuplicate("i2", of: "i1", by: "anna", at: Fixtures.now)
        try dialogue.respond(toInput: "i1", with: Response(status: .considered), by: "anna", at: Fixtures.now)
        var state = F.state(dialogue: dialogue)
        _ = PanelFixtures.press([.tab, .down, .enter], on: &state)
        guard case .reading(let viewer) = Fixtures.screen(state)?.mode else {
            Issue.record("Enter opens no viewer")
            return
        }
        #expect(viewer.text.contains("Dubblett av: i1 · Fler bänkar vid lekplatsen"))
        #expect(viewer.text.contains("Svar: beaktas (som i1)"))
    }

    @Test func underlagReadsTheSameTrace() throws {
        var state = F.state(dialogue: F.dialogue(decision: true))
        _ = PanelFixtures.press([.character("r"), .down, .enter, .escape], on: &state)
        _ = update(&state, .keyPressed(.character("3")))
        PanelFixtures.show(.inputs, on: &state)
        _ = PanelFixtures.press([.home, .enter], on: &state)
        guard case .reading(let viewer) = Fixtures.screen(state)?.mode else {
            Issue.record("Enter opens no viewer")
            return
        }
        #expect(viewer.text.contains("Var hamnade inspelet?\nTeman: trygghet (genomförs)\nSvar: genomförs"))
    }

    @Test func aReadOnlyDialogueRefusesAResponse() {
        var state = F.state(readOnly: true)
        _ = PanelFixtures.press([.character("r")], on: &state)
        #expect(F.responses(state)?.form == nil)
        #expect(state.status == StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true))
    }

    @Test func undoTakesBackAResponse() throws {
        var state = F.state()
        _ = PanelFixtures.press([.character("r"), .down, .enter, .escape], on: &state)
        let undone = try #require(PanelFixtures.saved(PanelFixtures.press([.character("u")], on: &state)))
        #expect(undone.themeResponse(for: "trygghet") == nil)
    }
}

/// The Svar panel's keys as the hint line and `?` show them, from the same bindings that run.
struct ResponsesPanelHelpTests {
    @Test func everyKeyOfTheListIsShownAndTheFormsKeysWhileItIsOpen() {
        var state = ResponsesFixtures.state()
        let keys = Keymap.hints(for: state).map(\.keyText)
        for key in ["Tab", "↑↓", "Enter", "r", "o"] { #expect(keys.contains(key), "\(key) is shown") }
        _ = PanelFixtures.press([.character("r")], on: &state)
        let picking = Keymap.hints(for: state).map(\.keyText)
        #expect(picking.contains("Enter") && picking.contains("Esc"))
        #expect(!picking.contains("r"), "the list's keys are not offered over the status list")
    }
}
