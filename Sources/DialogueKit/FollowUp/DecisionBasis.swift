/// What a decision was based on: the themes whose responses link it, the inputs whose own responses link
/// it, and the inputs that reach it through those themes (the traceability chain read backwards).
public struct DecisionBasis: Equatable, Sendable {
    public var decisionID: String
    /// The decision, nil when the register holds no such id.
    public var decision: Decision?
    /// The themes whose responses link the decision, in `followUp.themeResponses` order, with their counts.
    public var themes: [ThemeSummary]
    /// Visible inputs whose own response (or, for a duplicate, its original's) links the decision, in capture order.
    public var inputs: [Input]
    /// Visible inputs whose resolved response is one of those themes' responses, in capture order.
    public var throughThemes: [Input]

    public init(
        decisionID: String, decision: Decision?, themes: [ThemeSummary], inputs: [Input], throughThemes: [Input]
    ) {
        self.decisionID = decisionID
        self.decision = decision
        self.themes = themes
        self.inputs = inputs
        self.throughThemes = throughThemes
    }

    /// Every visible input the decision answers, directly or through a theme.
    public var inputCount: Int { inputs.count + throughThemes.count }

    /// Whether nothing links the decision.
    public var isEmpty: Bool { themes.isEmpty && inputs.isEmpty }
}
