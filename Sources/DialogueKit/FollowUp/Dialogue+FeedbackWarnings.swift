/// The warnings about feedback owed to residents, shown wherever the plan's warnings are.
extension Dialogue {
    /// Rounds planned before `today` and not sent; visible inputs without a response, once feedback has begun
    /// (the Återkoppling phase has started, a round is planned or a response given); and the chosen level's
    /// promise, once feedback is due (the Återkoppling phase has started or a round's planned date has come).
    /// Without `today` only what needs no date: inputs without a response once a round or a response exists.
    public func feedbackWarnings(today: LocalDate?) -> [PlanningWarning] {
        var warnings: [PlanningWarning] = []
        if let today {
            warnings += overdueFeedback(today: today).map { round in
                .feedbackOverdue(
                    roundID: round.id, audience: feedbackAudience(id: round.audience)?.name ?? round.audience,
                    planned: round.plannedOn ?? today)
            }
        }
        let unanswered = responseCounts().unanswered
        if unanswered > 0, feedbackHasBegun(today: today) {
            warnings.append(.inputsWithoutResponse(count: unanswered))
        }
        if let today, let promise = levelPromise, let level = influenceLevel, feedbackIsDue(today: today) {
            let gaps = promiseGaps()
            if !gaps.isEmpty { warnings.append(.promiseNotKept(promise: promise, level: level.name, gaps: gaps)) }
        }
        return warnings
    }

    /// Whether the Återkoppling phase has started by `today`, or any feedback round's planned date has come.
    public func feedbackIsDue(today: LocalDate) -> Bool {
        if let start = phaseSchedule[.feedback]?.start, start <= today { return true }
        return followUp.feedbackRounds.contains { round in
            (round.sentOn ?? round.plannedOn).map { $0 <= today } ?? false
        }
    }

    /// Whether feedback is under way: due by `today`, or a round planned, or a response given.
    private func feedbackHasBegun(today: LocalDate?) -> Bool {
        if !followUp.feedbackRounds.isEmpty || !followUp.themeResponses.isEmpty { return true }
        if let today, feedbackIsDue(today: today) { return true }
        return inputs.contains { $0.response != nil }
    }
}
