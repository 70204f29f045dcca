import TerminalKit
import Testing

@Suite("Key bindings and key maps")
struct KeyMapTests {
    private enum Action: Equatable { case move, add, phase }

    private let map = KeyMap<Action>([
        (KeyBinding([.up, .down], "↑↓", "flytta"), .move),
        (KeyBinding("a", "lägg till"), .add),
        (KeyBinding([.character("j"), .character("k")], "j/k", "flytta", hintLine: false), .move),
    ])

    @Test func aKeyRunsTheFirstBindingThatMatchesAndNoOtherKeyRunsAnything() {
        #expect(map.action(for: .up) == .move)
        #expect(map.action(for: .character("k")) == .move)
        #expect(map.action(for: .character("a")) == .add)
        #expect(map.action(for: .character("A")) == nil)
        #expect(map.action(for: .enter) == nil)
        let first = KeyMap<Action>([(KeyBinding("a", "först"), .phase)]) + map
        #expect(first.action(for: .character("a")) == .phase, "an earlier binding wins")
    }

    @Test func theBindingsThatRunAreTheOnesDescribed() {
        #expect(map.bindings.map(\.keyText) == ["↑↓", "a", "j/k"])
        #expect(map.bindings.filter(\.inHintLine).map(\.label) == ["flytta", "lägg till"])
        #expect(map.bindings[2].helpOnly.inHintLine == false)
        #expect(KeyBinding("q", "tillbaka").labelled("avbryt").label == "avbryt")
        #expect(KeyBinding.legend("✓", "klar").matches(.character("✓")) == false, "a legend matches no key")
    }

    @Test func mappingLiftsAWidgetsActionsIntoThePanels() {
        enum Outer: Equatable { case list(Action) }
        let lifted = map.map(Outer.list)
        #expect(lifted.action(for: .down) == .list(.move))
        #expect(lifted.bindings == map.bindings)
    }

    @Test func aLaterBindingWhoseEveryKeyIsTakenIsLeftOutOfTheHelp() {
        let panel = [KeyBinding([.tab, .backTab], "Tab", "byt lista"), KeyBinding([.left], "←", "kolumn")]
        let screen = [
            KeyBinding([.tab, .backTab], "Tab/Shift-Tab", "nästa fas"),
            KeyBinding([.left, .right], "←→", "nästa fas"), KeyBinding("?", "hjälp"), KeyBinding.legend("", "Tecken"),
        ]
        let shown = panel.shadowing(screen).map(\.keyText)
        #expect(shown == ["Tab", "←", "←→", "?", ""], "→ still steps the phase, so ←→ stays; Tab does not")
    }
}
