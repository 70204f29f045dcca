import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Mouse clicks on the dialogue screen: tabs, panels and checklist rows; the keyboard stays complete.
struct ClickUpdateTests {
    /// The first column of `text` on the rendered screen's row `y`.
    private func column(of text: String, row y: Int, in state: AppState) throws -> Int {
        let line = AppView.render(state).buffer.lines[y]
        let range = try #require(line.range(of: text), "'\(text)' not on row \(y): \(line)")
        return DisplayWidth.of(line[..<range.lowerBound])
    }

    @Test func clickingAPhaseTabOpensThatPhase() throws {
        var state = Fixtures.dialogueState()
        let row = DialogueLayout(size: state.size, screen: try #require(Fixtures.screen(state))).tabRow.y
        let x = try column(of: "Återkoppling", row: row, in: state)
        _ = update(&state, .clicked(Point(x: x + 2, y: row)))
        #expect(Fixtures.screen(state)?.phase.phase == .feedback)
    }

    @Test func clickingAPanelNameBringsThatPanelToTheFront() throws {
        var state = Fixtures.dialogueState()
        _ = update(&state, .keyPressed(.character("2")))
        let row = DialogueLayout(size: state.size, screen: try #require(Fixtures.screen(state))).panelRow.y
        let x = try column(of: "Tidplan", row: row, in: state)
        _ = update(&state, .clicked(Point(x: x + 1, y: row)))
        #expect(Fixtures.screen(state)?.panel == .schedule)
    }

    @Test func onANarrowBarThePanelInFrontStaysInViewAndClicksHitWhatIsShown() throws {
        var state = Fixtures.dialogueState(size: Size(width: 40, height: 12))
        for key in ["2", "]", "]", "]", "]"] { _ = update(&state, .keyPressed(.character(Character(key)))) }
        #expect(Fixtures.screen(state)?.panel == .people)
        let row = DialogueLayout(size: state.size, screen: try #require(Fixtures.screen(state))).panelRow.y
        #expect(AppView.render(state).buffer.lines[row].contains("[Personer]"))
        let x = try column(of: "Risker", row: row, in: state)
        _ = update(&state, .clicked(Point(x: x + 1, y: row)))
        #expect(Fixtures.screen(state)?.panel == .risks)
    }

    @Test func clicksInAPanelNeverReachTheChecklistBehindIt() throws {
        var state = PanelFixtures.state(.goals)
        let before = try #require(Fixtures.screen(state))
        let effects = update(&state, .clicked(Point(x: 10, y: 10)))
        let after = try #require(Fixtures.screen(state))
        #expect(effects.isEmpty)
        #expect(after.selectedItem == before.selectedItem)
        #expect(after.dialogue == before.dialogue)
    }
}

/// Keys a Planering panel does not use never reach the checklist hidden behind it.
struct PanelKeyRoutingTests {
    @Test(arguments: [PanelID.groups, .goals, .schedule, .people, .risks])
    func spaceAndYesNoDoNotTouchTheHiddenChecklist(panel: PanelID) {
        var state = PanelFixtures.state(panel)
        let effects = PanelFixtures.press([.character(" "), .character("y"), .character("n")], on: &state)
        #expect(effects.isEmpty)
        #expect(Fixtures.screen(state)?.dialogue == Fixtures.dialogue())
    }

    @Test(arguments: [PanelID.groups, .goals, .schedule, .people, .risks])
    func phaseKeysStillWorkFromEveryPanel(panel: PanelID) {
        var state = PanelFixtures.state(panel)
        _ = PanelFixtures.press([.character("4")], on: &state)
        #expect(Fixtures.screen(state)?.phase.phase == .feedback)
    }
}
