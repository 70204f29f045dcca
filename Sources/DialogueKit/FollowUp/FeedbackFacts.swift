import Foundation

/// What the feedback and publication drafts say about the inputs and what became of them, gathered once per
/// draft from the responses (`responseCounts()`, `themes()`, `basis(of:)`).
struct FeedbackFacts {
    /// The visible inputs counted by category, tag and activity.
    var counts: InputCounts
    /// The visible inputs per response status, and those without one.
    var responses: ResponseCounts
    /// Every theme, most inputs first, with its response.
    var themes: [ThemeSummary]
    /// Where inputs outside the question were passed on, each place once, in capture order.
    var forwardedTo: [String]

    init(dialogue: Dialogue) {
        counts = dialogue.inputCounts()
        responses = dialogue.responseCounts()
        themes = dialogue.themes()
        var resolver = ResponseResolver(dialogue)
        var places: [String] = []
        for input in dialogue.inputs where !input.isHidden {
            guard let response = resolver.resolve(input)?.response, response.status == .outsideQuestion,
                let place = response.forwardedTo?.trimmingCharacters(in: .whitespacesAndNewlines), !place.isEmpty,
                !places.contains(place)
            else { continue }
            places.append(place)
        }
        forwardedTo = places
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

    /// How the inputs were answered per status, and how many have no answer yet, counted honestly.
    var answeredSentence: String {
        let statuses = responses.byStatus.filter { $0.count > 0 }.map { "\($0.count) \($0.status.words)" }
        let total = SwedishCount.phrase(responses.total, one: "inspel", other: "inspel")
        if statuses.isEmpty {
            return "Inget av de \(total) har fått ett svar ännu; vi återkommer om vad det blir av dem."
        }
        let answered = "Av \(total) har \(responses.answered) fått ett svar: \(SwedishList.and(statuses))"
        guard responses.unanswered > 0 else { return answered + "." }
        return answered + ". \(responses.unanswered) har ännu inget svar; vi återkommer om dem."
    }

    /// "Inspel som gällde annat än frågan har skickats vidare till …", when any were.
    var forwardedSentence: String? {
        guard !forwardedTo.isEmpty else { return nil }
        return "Inspel som gällde annat än frågan har skickats vidare till \(SwedishList.and(forwardedTo))."
    }

    /// " Beslutet bygger på …" — the themes and inputs that fed the decision, or nothing when none is linked.
    func basisSentence(_ basis: DecisionBasis) -> String {
        guard !basis.isEmpty else { return "" }
        var grounds = basis.themes.map {
            "temat ”\($0.tag)” (\(SwedishCount.phrase($0.inputCount, one: "inspel", other: "inspel")))"
        }
        if !basis.inputs.isEmpty {
            grounds.append(SwedishCount.phrase(basis.inputs.count, one: "enskilt inspel", other: "enskilda inspel"))
        }
        return " Beslutet bygger på \(SwedishList.and(grounds))."
    }
}
