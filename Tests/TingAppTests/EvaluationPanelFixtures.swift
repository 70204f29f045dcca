import DialogueKit
import Foundation
import TerminalKit

@testable import TingApp

/// The example dialogue (Helsingborg's, its evaluation begun) open on a panel of Utvärdering.
enum EvaluationPanelFixtures {
    static let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!

    /// The example dialogue, made at the fixtures' now.
    static func dialogue() -> Dialogue {
        ExampleDialogue.make(template: helsingborg, now: Fixtures.now, calendar: .swedish)
    }

    /// A state with `dialogue` open in Utvärdering with `panel` in front.
    static func state(
        _ panel: PanelID, dialogue: Dialogue = dialogue(), size: Size = Size(width: 80, height: 24),
        readOnly: Bool = false
    ) -> AppState {
        var state = AppState(
            size: size, templates: [helsingborg], methodCards: Fixtures.methodCards, libraryPath: "/tmp/bibliotek",
            actor: "anna", now: Fixtures.now)
        state.open(
            LoadedDialogue(
                stem: "exempel", dialogue: dialogue, isReadOnly: readOnly,
                readOnlyReason: readOnly ? "skriven av en nyare version av Ting" : nil))
        _ = update(&state, .keyPressed(.character("5")))
        PanelFixtures.show(panel, on: &state)
        return state
    }
}
