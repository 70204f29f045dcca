import DialogueKit

/// What the Svar panel shows, made once per change of the inputs, the theme responses or the filter and
/// then read by every frame: the counts per status, the themes, and the inputs listed.
struct ResponsesIndex: Sendable {
    /// Which inputs the list shows.
    struct Filter: Equatable, Sendable {
        /// Only the inputs without a response.
        var onlyUnanswered = false
        /// Only the inputs of this theme.
        var theme: String?
    }

    /// The inputs and theme responses it was made from: comparing them with the dialogue's is instant
    /// while they are unchanged (the inputs share their storage).
    let source: [Input]
    let themeResponses: [ThemeResponse]
    let filter: Filter
    let counts: ResponseCounts
    let themes: [ThemeSummary]
    /// The visible inputs that pass the filter, in capture order.
    let rows: [Input]

    init(_ dialogue: Dialogue, filter: Filter) {
        source = dialogue.inputs
        themeResponses = dialogue.followUp.themeResponses
        self.filter = filter
        counts = dialogue.responseCounts()
        themes = dialogue.themes()
        let listed = filter.onlyUnanswered ? dialogue.unansweredInputs() : dialogue.inputs.filter { !$0.isHidden }
        rows = filter.theme.map { theme in listed.filter { $0.tags.contains(theme) } } ?? listed
    }

    /// Whether this index still describes `dialogue` under `filter`.
    func isCurrent(for dialogue: Dialogue, filter: Filter) -> Bool {
        self.filter == filter && source == dialogue.inputs && themeResponses == dialogue.followUp.themeResponses
    }
}
