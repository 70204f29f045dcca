import DialogueKit
import Foundation
import TerminalKit

@testable import TingApp

/// The meeting fixture's dialogue with its inputs, open in Återkoppling on the Svar or Beslut panel.
enum ResponsesFixtures {
    /// The dialogue with `inputs` inputs (every other one tagged "trygghet") and, when `decision`, one
    /// decision b1 in the register.
    static func dialogue(inputs: Int = 12, decision: Bool = false) -> Dialogue {
        var dialogue = MeetingFixtures.dialogue(inputs: inputs)
        if decision {
            _ = try? dialogue.addDecision(
                body: "Barn- och utbildningsnämnden", date: LocalDate("2027-03-12"), paragraph: "§ 41",
                caseNumber: "BUN 2027/12", text: "Lekplatsen byggs om 2027", by: "anna", at: Fixtures.now)
        }
        return dialogue
    }

    /// The dialogue open in Återkoppling with `panel` in front.
    static func state(
        _ panel: PanelID = .responses, dialogue: Dialogue = dialogue(), size: Size = Size(width: 80, height: 24),
        readOnly: Bool = false
    ) -> AppState {
        var state = AppState(
            size: size, templates: [Fixtures.template], libraryPath: "/tmp/bibliotek", actor: "anna",
            now: Fixtures.now)
        state.open(
            LoadedDialogue(
                stem: "lekplats-i-raa", dialogue: dialogue, isReadOnly: readOnly,
                readOnlyReason: readOnly ? "skriven av en nyare version av Ting" : nil))
        _ = update(&state, .keyPressed(.character("4")))
        PanelFixtures.show(panel, on: &state)
        return state
    }

    /// The Svar panel of a state.
    static func responses(_ state: AppState) -> ResponsesPanel? {
        Fixtures.screen(state)?.panels[ResponsesPanel.self]
    }

    /// The Beslut panel of a state.
    static func decisions(_ state: AppState) -> DecisionsPanel? {
        Fixtures.screen(state)?.panels[DecisionsPanel.self]
    }
}
