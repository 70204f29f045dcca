import DialogueKit
import Foundation
import TerminalKit

@testable import TingApp

/// The fixture dialogue with inputs, target groups with channels and the Resonemang level chosen, open in
/// Återkoppling with a panel of that phase in front.
enum FeedbackFixtures {
    /// The fixture's today (Fixtures.now in Stockholm).
    static let today = LocalDate(Fixtures.now, calendar: .swedish)

    /// The meeting fixture's dialogue with `inputs` inputs, the groups' channels and the level that promises
    /// "Invånarna får resonera"; `rounds` adds rounds, the first to the participants planned a week before
    /// today (overdue), the others to all residents in February.
    static func dialogue(inputs: Int = 6, rounds: Int = 0) -> Dialogue {
        var dialogue = MeetingFixtures.dialogue(inputs: inputs)
        dialogue.planning.targetGroups[0].channels = ["Instagram", "skolans lärplattform"]
        dialogue.planning.targetGroups[1].channels = ["PRO:s medlemsblad", "e-post"]
        try? dialogue.apply(.response("resonemang"), to: "p.level", by: "anna", at: Fixtures.now)
        for n in 0..<rounds {
            let planned = LocalDate(n == 0 ? "2027-01-08" : "2027-02-0\(n)")
            _ = try? dialogue.addFeedbackRound(
                audience: n == 0 ? "deltagarna" : "invanarna", plannedOn: planned, channels: ["e-post"], by: "anna",
                at: Fixtures.now)
        }
        return dialogue
    }

    /// `dialogue` open in Återkoppling at `size` with `panel` in front.
    static func state(
        _ panel: PanelID, dialogue: Dialogue = dialogue(), size: Size = Size(width: 80, height: 24),
        readOnly: Bool = false
    ) -> AppState {
        ResponsesFixtures.state(panel, dialogue: dialogue, size: size, readOnly: readOnly)
    }

    /// The open dialogue of a state.
    static func dialogue(of state: AppState) -> Dialogue? {
        Fixtures.screen(state)?.dialogue
    }
}
