/// One statement of the participants' evaluation and how many chose each option.
public struct SurveyStatement: Codable, Equatable, Sendable, Identifiable {
    /// Stable id within the survey: `p1`, `p2`, …
    public var id: String
    public var text: String
    /// How many chose each option, by the option's id; an option no one chose may be missing.
    public var counts: [String: Int]

    public init(id: String, text: String, counts: [String: Int] = [:]) {
        self.id = id
        self.text = text
        self.counts = counts
    }

    /// How many answered the statement.
    public var total: Int { counts.values.reduce(0, +) }
}
