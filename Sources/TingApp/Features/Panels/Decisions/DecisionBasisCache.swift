import DialogueKit

/// What one decision was based on, kept with what it was made from: comparing that with the dialogue is
/// instant while the inputs are unchanged (they share their storage), so a keypress never looks through
/// 5,000 inputs again.
struct DecisionBasisCache: Sendable {
    let decision: String
    let source: [Input]
    let themeResponses: [ThemeResponse]
    let basis: DecisionBasis

    init(_ dialogue: Dialogue, decision: String) {
        self.decision = decision
        source = dialogue.inputs
        themeResponses = dialogue.followUp.themeResponses
        basis = dialogue.basis(of: decision)
    }

    /// Whether this still describes `decision` in `dialogue`.
    func isCurrent(for dialogue: Dialogue, decision: String) -> Bool {
        self.decision == decision && source == dialogue.inputs && themeResponses == dialogue.followUp.themeResponses
    }
}
