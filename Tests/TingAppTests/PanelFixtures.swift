import DialogueKit
import TerminalKit

@testable import TingApp

/// The fixture dialogue open on one Planering panel, and key presses through the pure update.
enum PanelFixtures {
    /// Planering's panels, in their order on the panel bar.
    static let planningPanels: [PanelID] = [.checklist, .groups, .goals, .schedule, .people, .risks]

    /// The fixture dialogue in the Planering phase with `panel` in front.
    static func state(_ panel: PanelID, size: Size = Size(width: 80, height: 24), readOnly: Bool = false)
        -> AppState
    {
        var state = Fixtures.dialogueState(size: size, readOnly: readOnly)
        _ = update(&state, .keyPressed(.character("2")))
        show(panel, on: &state)
        return state
    }

    /// Brings a panel to the front, as `[` and `]` do, without depending on the panels' order.
    static func show(_ panel: PanelID, on state: inout AppState) {
        guard case .dialogue(var d) = state.screen else { return }
        d.panel = panel
        state.screen = .dialogue(d)
    }

    /// Presses the keys in turn; returns every effect asked for.
    static func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .keyPressed($0)) }
    }

    /// The keys that type a text.
    static func type(_ text: String) -> [Key] { text.map { .character($0) } }

    /// The dialogue of the last save asked for.
    static func saved(_ effects: [Effect]) -> Dialogue? {
        var last: Dialogue?
        for case .save(let dialogue, _) in effects { last = dialogue }
        return last
    }

    /// The screen's text.
    static func text(_ state: AppState) -> String {
        AppView.render(state).buffer.lines.joined(separator: "\n")
    }
}
