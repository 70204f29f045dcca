import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// A panel known only to the tests, to show the deck keeps any panel's state.
private struct CounterPanel: Panel {
    enum Action: Sendable { case count }
    static let id = PanelID("counter")
    static var title: String { "Räknare" }
    var count = 0
    var isBrowsing: Bool { true }
    func keyMap(in context: PanelContext) -> KeyMap<Action> { KeyMap([(KeyBinding("+", "räkna"), .count)]) }
    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        count += 1
        return []
    }
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? { nil }
    mutating func dialogueChanged(_ dialogue: Dialogue) { count = 0 }
}

@Suite("The panel deck")
struct PanelDeckTests {
    @Test func itKeepsEachPanelsStateAndEachPhasesFrontPanel() throws {
        var deck = PanelDeck()
        #expect(deck[CounterPanel.self].count == 0, "a panel not used yet is in its first state")
        #expect(deck[CounterPanel.id] == nil, "an unregistered id has no state to make")
        deck[CounterPanel.self].count = 2
        #expect(deck[CounterPanel.self].count == 2)
        #expect((deck[CounterPanel.id] as? CounterPanel)?.count == 2)
        #expect(deck[RisksPanel.id] is RisksPanel, "a registered panel is made on first use")
        deck.front[.implementation] = CounterPanel.id
        #expect(deck.front[.planning] == nil)
        let state = Fixtures.dialogueState()
        let d = try #require(Fixtures.screen(state))
        deck.dialogueChanged(d.dialogue)
        #expect(deck[CounterPanel.self].count == 0, "every panel hears that the dialogue changed")
        var context = state.panelContext(for: d)
        var panel = deck[CounterPanel.self]
        #expect(panel.handle(.character("+"), in: &context) == [])
        #expect(panel.handle(.character("-"), in: &context) == nil, "a key no binding takes is not the panel's")
        #expect(panel.count == 1)
        #expect(panel.bindings(in: context).map(\.keyText) == ["+"])
    }
}
