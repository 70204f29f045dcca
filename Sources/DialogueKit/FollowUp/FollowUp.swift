/// Återkoppling and Utvärdering's records: responses to themes, the decisions register, feedback rounds,
/// publications and the evaluation. Responses to single inputs live on the inputs (`Input.response`).
public struct FollowUp: Codable, Equatable, Sendable {
    /// Who feedback can go to, copied from the template.
    public var audiences: [FeedbackAudience]
    public var themeResponses: [ThemeResponse]
    public var decisions: [Decision]
    public var feedbackRounds: [FeedbackRound]
    /// At most one per moment, in moment order.
    public var publications: [Publication]
    public var evaluation: Evaluation

    public init(
        audiences: [FeedbackAudience] = FeedbackAudience.standard, themeResponses: [ThemeResponse] = [],
        decisions: [Decision] = [], feedbackRounds: [FeedbackRound] = [], publications: [Publication] = [],
        evaluation: Evaluation = Evaluation()
    ) {
        self.audiences = audiences
        self.themeResponses = themeResponses
        self.decisions = decisions
        self.feedbackRounds = feedbackRounds
        self.publications = publications
        self.evaluation = evaluation
    }

    /// Decodes the records; any list missing from a file opens empty, the audiences as the standard ones.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        audiences =
            try container.decodeIfPresent([FeedbackAudience].self, forKey: .audiences) ?? FeedbackAudience.standard
        themeResponses = try container.decodeIfPresent([ThemeResponse].self, forKey: .themeResponses) ?? []
        decisions = try container.decodeIfPresent([Decision].self, forKey: .decisions) ?? []
        feedbackRounds = try container.decodeIfPresent([FeedbackRound].self, forKey: .feedbackRounds) ?? []
        publications = try container.decodeIfPresent([Publication].self, forKey: .publications) ?? []
        evaluation = try container.decodeIfPresent(Evaluation.self, forKey: .evaluation) ?? Evaluation()
    }

    private enum CodingKeys: String, CodingKey {
        case audiences, themeResponses, decisions, feedbackRounds, publications, evaluation
    }
}
