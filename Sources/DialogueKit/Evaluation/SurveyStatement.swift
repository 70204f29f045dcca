/// One statement of the participants' evaluation and how many chose each option.
public struct SurveyStatement: Codable, Equatable, Sendable, Identifiable {
    /// Stable id within the survey: `p1`, `p2`, …
    public var id: String
    public var text: String
    /// How many chose each option, by the option's id; an option no one chose may be missing.
    public var counts: [String: Int]
    /// Who entered counts last, and when.
    public var lastChange: ItemChange?

    public init(id: String, text: String, counts: [String: Int] = [:], lastChange: ItemChange? = nil) {
        self.id = id
        self.text = text
        self.counts = counts
        self.lastChange = lastChange
    }

    /// How many answered the statement.
    public var total: Int { counts.values.reduce(0, +) }

    /// How many chose an option, 0 when none did.
    public func count(of option: String) -> Int { counts[option] ?? 0 }

    /// The share of the answers that chose an option, in whole percent rounded half up; 0 with no answers.
    public func percent(of option: String) -> Int {
        let total = total
        guard total > 0 else { return 0 }
        return (count(of: option) * 200 + total) / (2 * total)
    }
}
