/// Where one input ended up: its themes, the response that applies to it, the decisions that response fed
/// and the feedback rounds that reach the people who gave it (input → theme → response → decision → feedback).
public struct InputTrace: Equatable, Sendable {
    public var input: Input
    /// The input this one is a duplicate of, when it is one.
    public var original: Input?
    /// The input's tags in its order, each with its count and theme response.
    public var themes: [ThemeSummary]
    /// The response that applies, and where it was given; nil while the input has none.
    public var response: ResolvedResponse?
    /// The decisions the response links, in its order (ids the register no longer holds are left out).
    public var decisions: [Decision]
    /// Feedback rounds to the participants or all residents dated on or after the input's day.
    public var feedbackRounds: [FeedbackRound]

    public init(
        input: Input, original: Input?, themes: [ThemeSummary], response: ResolvedResponse?, decisions: [Decision],
        feedbackRounds: [FeedbackRound]
    ) {
        self.input = input
        self.original = original
        self.themes = themes
        self.response = response
        self.decisions = decisions
        self.feedbackRounds = feedbackRounds
    }
}
