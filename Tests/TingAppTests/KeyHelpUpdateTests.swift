import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// The hint line and `?` are made from the key maps the update runs: a key the help does not name does
/// nothing, and the screen's keys a panel takes for itself are not offered as the screen's.
@Suite("Keys and their help")
struct KeyHelpUpdateTests {
    private typealias F = PanelFixtures

    /// Keys a user might press: every printable ASCII character, å ä ö, and the special keys.
    private static let keys: [Key] =
        (32...126).map { Key.character(Character(UnicodeScalar($0)!)) } + "åäöÅÄÖ".map { Key.character($0) }
        + [
            .up, .down, .left, .right, .shiftUp, .shiftDown, .shiftLeft, .shiftRight, .home, .end, .pageUp,
            .pageDown, .enter, .escape, .tab, .backTab, .backspace, .delete, .function(1), .control("r"),
            .control("x"),
        ]

    @Test(arguments: F.planningPanels)
    func aKeyTheHelpDoesNotNameDoesNothing(panel: PanelID) {
        let state = F.state(panel)
        let named = Set(Keymap.hints(for: state).flatMap(\.keys))
        for key in Self.keys where !named.contains(key) {
            var pressed = state
            let effects = update(&pressed, .keyPressed(key))
            #expect(effects.isEmpty, "\(key) on \(panel)")
            #expect(F.text(pressed) == F.text(state), "\(key) on \(panel) changed the screen")
        }
    }

    @Test(arguments: F.planningPanels)
    func everyKeyInTheHelpIsTakenByTheStateItIsShownIn(panel: PanelID) {
        // Opening a form on the panel, its help is the form's: a key of the list is no longer offered.
        var state = F.state(panel)
        let browsing = Keymap.hints(for: state)
        #expect(browsing.contains { $0.label == UIStrings.swedish.keyHelp && $0.inHintLine })
        #expect(browsing.contains { $0.keyText == "u" }, "undo is offered while nothing is typed")
        _ = F.press([.character("a")], on: &state)
        let adding = Keymap.hints(for: state)
        guard panel != .checklist else { return }
        #expect(!adding.contains { $0.keyText == "u" }, "\(panel): u is typed, not undo, in a form")
        #expect(!adding.contains { $0.label == UIStrings.swedish.keyPhase }, "\(panel): no phase keys in a form")
    }

    @Test func aPanelsOwnKeysHideTheScreensOnesTheyTake() throws {
        let risks = Keymap.hints(for: F.state(.risks))
        #expect(risks.contains { $0.keyText == "Tab" && $0.label == UIStrings.swedish.keySwitchList })
        #expect(!risks.contains { $0.keyText == "Tab/Shift-Tab" }, "Tab switches the list on Risker")
        #expect(risks.contains { $0.keyText == "←→" && $0.label == UIStrings.swedish.keyNextPhase })
        let people = Keymap.hints(for: F.state(.people))
        #expect(people.contains { $0.keyText == "Tab/Shift-Tab" && $0.label == UIStrings.swedish.keyNextPhase })
        let goals = Keymap.hints(for: F.state(.goals))
        #expect(goals.contains { $0.keyText == "←→" && $0.label == UIStrings.swedish.keyColumn })
        #expect(!goals.contains { $0.label == UIStrings.swedish.keyNextPhase && $0.keys.contains(.left) })
    }

    @Test func phasesWithoutPanelsHaveNoPanelBarAndNoPanelKey() throws {
        var state = Fixtures.dialogueState()
        _ = F.press([.character("1")], on: &state)
        #expect(Fixtures.screen(state)?.frontPanel == nil)
        #expect(!Keymap.hints(for: state).contains { $0.label == UIStrings.swedish.keyPanel })
        _ = F.press([.character("]")], on: &state)
        #expect(Fixtures.screen(state)?.panel == .checklist)
        _ = F.press([.character("2")], on: &state)
        #expect(Fixtures.screen(state)?.phasePanels == F.planningPanels)
        #expect(Keymap.hints(for: state).contains { $0.label == UIStrings.swedish.keyPanel })
    }

    @Test func eachPhaseKeepsItsOwnPanelInFront() throws {
        var state = F.state(.goals)
        _ = F.press([.character("3"), .character("2")], on: &state)
        #expect(Fixtures.screen(state)?.panel == .goals, "back in Planering, Mål is still in front")
    }
}
