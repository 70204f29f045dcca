/// The way to the decision and the feedback, dated: the Återkoppling phase, its activities, the feedback rounds,
/// the decisions and the start of the evaluation, soonest first; what has no date yet comes last.
struct FeedbackTimeline {
    /// Each step as "2026-06-01: återkoppling till deltagarna (skickad)".
    var lines: [String]

    init(dialogue: Dialogue) {
        var dated: [(date: LocalDate, order: Int, text: String)] = []
        var undated: [String] = []
        func add(_ date: LocalDate?, _ text: String) {
            if let date { dated.append((date, dated.count, "\(date): \(text)")) } else { undated.append(text) }
        }
        let schedule = dialogue.phaseSchedule
        if let start = schedule[.feedback]?.start { add(start, "\(dialogue.title(of: .feedback)) börjar") }
        for activity in dialogue.planning.activities where activity.heldIn == .feedback {
            add(activity.date, activity.title)
        }
        for decision in dialogue.followUp.decisions {
            add(decision.date, "beslut i \(decision.body)\(decision.paragraph.isBlank ? "" : " \(decision.paragraph)")")
        }
        for round in dialogue.followUp.feedbackRounds {
            let audience = (dialogue.feedbackAudience(id: round.audience)?.name ?? round.audience).lowercased()
            if let sent = round.sentOn {
                add(sent, "återkoppling till \(audience) (skickad)")
            } else {
                add(round.plannedOn, "återkoppling till \(audience) (planerad)")
            }
        }
        if let end = schedule[.feedback]?.end { add(end, "\(dialogue.title(of: .feedback)) avslutas") }
        if let start = schedule[.evaluation]?.start { add(start, "\(dialogue.title(of: .evaluation)) börjar") }
        lines =
            dated.sorted { ($0.date, $0.order) < ($1.date, $1.order) }.map(\.text)
            + undated.map { "utan datum ännu: \($0)" }
    }
}
