/// The chosen influence level's promise checked against what became of the inputs and what was fed back.
extension Dialogue {
    /// What the chosen level promises residents, in the handbook's words ("Invånarna får påverka", else the
    /// promise itself); nil when no level is chosen or it promises nothing.
    public var levelPromise: String? {
        guard let level = influenceLevel else { return nil }
        return level.residentsGet ?? level.promise
    }

    /// Where the chosen level's promise is not yet kept: visible inputs without a response, and no feedback sent
    /// to residents. Empty when no level with a promise is chosen.
    public func promiseGaps() -> [PromiseGap] {
        guard levelPromise != nil else { return [] }
        var gaps: [PromiseGap] = []
        let unanswered = responseCounts().unanswered
        if unanswered > 0 { gaps.append(.inputsWithoutResponse(count: unanswered)) }
        if feedbackSentToResidents.isEmpty { gaps.append(.noFeedbackSent) }
        return gaps
    }
}
