import DialogueKit

/// What the Återkoppling panel says above its rounds: the chosen level's promise checked against the
/// responses and the feedback sent (`promiseGaps`), and the feedback warnings a round's row does not already
/// show (an overdue round is marked on its row, so it is not said again here). Counting the inputs without a
/// response reads every input, so this is made once per change and kept, never once per frame.
struct FeedbackChecks: Sendable {
    /// The sentences, each with its sign, promise first.
    let lines: [String]
    /// The dialogue the lines were made for.
    private let source: Dialogue
    /// The day the lines were made for.
    let today: LocalDate

    init(_ dialogue: Dialogue, today: LocalDate) {
        source = dialogue
        self.today = today
        let s = UIStrings.swedish
        var lines: [String] = []
        let gaps = dialogue.promiseGaps()
        if let promise = dialogue.levelPromise, let level = dialogue.influenceLevel, !gaps.isEmpty {
            let warning = PlanningWarning.promiseNotKept(promise: promise, level: level.name, gaps: gaps)
            lines.append("\(s.overdueSign) \(s.feedbackPromiseLabel): \(warning.text)")
        }
        let saidInPromise = gaps.contains { if case .inputsWithoutResponse = $0 { true } else { false } }
        for warning in dialogue.feedbackWarnings(today: today) {
            switch warning {
            case .inputsWithoutResponse where saidInPromise: continue
            case .feedbackOverdue, .promiseNotKept: continue
            default: lines.append("\(s.overdueSign) \(warning.text)")
            }
        }
        self.lines = lines
    }

    /// Whether these lines still describe `dialogue` on `today` (an identity check while nothing changed).
    func isCurrent(for dialogue: Dialogue, today: LocalDate) -> Bool {
        self.today == today && source == dialogue
    }
}
