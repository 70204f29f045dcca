import Foundation

/// What the feedback and publication drafts say about the inputs and their responses, gathered once per draft.
struct FeedbackFacts {
    /// One theme: its tag, how many visible inputs carry it, and its response.
    struct Theme {
        var tag: String
        var count: Int
        var response: Response?
    }

    /// The visible inputs counted by category, tag and activity.
    var counts: InputCounts
    /// Every theme, most inputs first.
    var themes: [Theme]
    /// How many visible inputs no response applies to.
    var unanswered: Int

    init(dialogue: Dialogue) {
        counts = dialogue.inputCounts()
        themes = counts.tagsByCount.map { tag, count in
            Theme(tag: tag, count: count, response: dialogue.followUp.themeResponses.first { $0.tag == tag }?.response)
        }
        unanswered = dialogue.unansweredInputCount
        var basis: [String: (themes: [Theme], inputs: Int)] = [:]
        for theme in themes {
            for decision in theme.response?.decisions ?? [] { basis[decision, default: ([], 0)].themes.append(theme) }
        }
        for input in dialogue.inputs where !input.isHidden {
            for decision in input.response?.decisions ?? [] { basis[decision, default: ([], 0)].inputs += 1 }
        }
        self.basis = basis
    }

    /// "Vi fick in 14 inspel mellan 2026-05-02 och 2026-05-20, vid 2 aktiviteter: Workshop och Lekdag."
    func summary(_ dialogue: Dialogue, calendar: Calendar) -> String {
        var sentence = "Vi fick in \(SwedishCount.phrase(counts.total, one: "inspel", other: "inspel"))"
        let days = dialogue.inputs.lazy.filter { !$0.isHidden }.map { LocalDate($0.capturedAt, calendar: calendar) }
        if let first = days.min(), let last = days.max() {
            sentence += first == last ? " den \(first)" : " mellan \(first) och \(last)"
        }
        let activities = dialogue.planning.activities.filter { counts.byActivity[$0.id] != nil }.map(\.title)
        guard !activities.isEmpty else { return sentence + "." }
        let held = SwedishCount.phrase(activities.count, one: "aktivitet", other: "aktiviteter")
        return sentence + ", vid \(held): \(SwedishList.and(activities))."
    }

    /// How many inputs have a response and how many have none yet, counted honestly.
    var answeredSentence: String {
        guard unanswered > 0 else { return "Alla inspel har fått ett svar om vad det blev av dem." }
        return "Av \(counts.total) inspel har \(counts.total - unanswered) fått ett svar; \(unanswered) har ännu "
            + "inget svar, och vi återkommer om dem."
    }

    /// Where inputs outside the question were sent on, if any were.
    var forwardedSentence: String? { nil }

    /// The themes whose response links each decision, and how many inputs' own responses do.
    var basis: [String: (themes: [Theme], inputs: Int)]

    /// " Beslutet bygger på …" — the themes and inputs that fed the decision, or nothing when none is linked.
    func basisSentence(of decisionID: String) -> String {
        guard let basis = basis[decisionID], !basis.themes.isEmpty || basis.inputs > 0 else { return "" }
        var grounds = basis.themes.map {
            "temat ”\($0.tag)” (\(SwedishCount.phrase($0.count, one: "inspel", other: "inspel")))"
        }
        if basis.inputs > 0 {
            grounds.append(SwedishCount.phrase(basis.inputs, one: "enskilt inspel", other: "enskilda inspel"))
        }
        return " Beslutet bygger på \(SwedishList.and(grounds))."
    }
}
