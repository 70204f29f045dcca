import Foundation

/// Feedback rounds (återkoppling): planned for an audience of the dialogue, through channels, drafted, and
/// marked sent. Every edit records who made it and when; a sent round's text is final and it stays.
extension Dialogue {
    /// Plans a feedback round with the next free id (`a1`, `a2`, …) and no text yet; returns the id.
    /// Refuses an audience that is not one of `followUp.audiences`; channels are trimmed and kept once each.
    @discardableResult
    public mutating func addFeedbackRound(
        audience: String, plannedOn: LocalDate?, channels: [String], by actor: String, at now: Date
    ) throws(DialogueError) -> String {
        try checkAudience(audience)
        let id = Planning.nextID(prefix: "a", after: followUp.feedbackRounds.map(\.id))
        followUp.feedbackRounds.append(
            FeedbackRound(
                id: id, audience: audience, plannedOn: plannedOn, channels: Self.normalisedChannels(channels),
                lastChange: ItemChange(by: actor, at: now)))
        markModified(by: actor, at: now)
        return id
    }

    /// Replaces the audience, planned date, channels and text of the round with the same id. Whether and when
    /// it was sent is `markFeedbackSent`'s, so those stay as stored. Refuses a change to the text or audience
    /// of a round already sent, an unknown id and an unknown audience.
    public mutating func updateFeedbackRound(_ round: FeedbackRound, by actor: String, at now: Date)
        throws(DialogueError)
    {
        guard let index = followUp.feedbackRounds.firstIndex(where: { $0.id == round.id }) else {
            throw .noSuchFeedbackRound(round.id)
        }
        let stored = followUp.feedbackRounds[index]
        if stored.isSent, stored.text != round.text || stored.audience != round.audience {
            throw .feedbackTextFinal(round.id)
        }
        try checkAudience(round.audience)
        var updated = stored
        updated.audience = round.audience
        updated.plannedOn = round.plannedOn
        updated.channels = Self.normalisedChannels(round.channels)
        updated.text = round.text
        guard updated != stored else { return }
        updated.lastChange = ItemChange(by: actor, at: now)
        followUp.feedbackRounds[index] = updated
        markModified(by: actor, at: now)
    }

    /// Marks a round sent on `date` by `actor`; from then on its text is final. Refuses a round without text.
    /// Marking a sent round again corrects the date.
    public mutating func markFeedbackSent(id: String, on date: LocalDate, by actor: String, at now: Date)
        throws(DialogueError)
    {
        guard let index = followUp.feedbackRounds.firstIndex(where: { $0.id == id }) else {
            throw .noSuchFeedbackRound(id)
        }
        guard followUp.feedbackRounds[index].text.contains(where: { !$0.isWhitespace }) else {
            throw .feedbackWithoutText(id)
        }
        followUp.feedbackRounds[index].sentOn = date
        followUp.feedbackRounds[index].sentBy = actor
        followUp.feedbackRounds[index].lastChange = ItemChange(by: actor, at: now)
        markModified(by: actor, at: now)
    }

    /// Removes a round not yet sent; a sent one stays, as the record of what its audience was told.
    public mutating func removeFeedbackRound(id: String, by actor: String, at now: Date) throws(DialogueError) {
        guard let index = followUp.feedbackRounds.firstIndex(where: { $0.id == id }) else {
            throw .noSuchFeedbackRound(id)
        }
        guard !followUp.feedbackRounds[index].isSent else { throw .feedbackSentCannotBeRemoved(id) }
        followUp.feedbackRounds.remove(at: index)
        markModified(by: actor, at: now)
    }

    /// The feedback round with this id.
    public func feedbackRound(id: String) -> FeedbackRound? {
        followUp.feedbackRounds.first { $0.id == id }
    }

    /// The dialogue's audience with this id.
    public func feedbackAudience(id: String) -> FeedbackAudience? {
        followUp.audiences.first { $0.id == id }
    }

    /// The audience named by its id, by its name as the dialogue's handbook words it, or by the standard name
    /// («Alla invånare») of an audience the dialogue has under another name — the last only when none of the
    /// dialogue's own audiences bears that name; ignoring case and surrounding spaces. Nil when the words name
    /// none, or two of the dialogue's audiences by the same name.
    public func feedbackAudience(matching words: String) -> FeedbackAudience? {
        let wanted = words.trimmingCharacters(in: .whitespaces).lowercased()
        if let byID = feedbackAudience(id: wanted) { return byID }
        let named = followUp.audiences.filter { $0.name.lowercased() == wanted }
        guard named.isEmpty else { return named.count == 1 ? named[0] : nil }
        return FeedbackAudience.standard.first { $0.name.lowercased() == wanted }.flatMap {
            feedbackAudience(id: $0.id)
        }
    }

    /// The channels to offer for a round to `audience`: for residents, the target groups' own channels first
    /// (priority 1 groups first, in the analysis' order within a priority), then Vänersborg's list; for the
    /// decision-makers Vänersborg's list alone. Each channel once, ignoring case.
    public func suggestedChannels(for audience: String) -> [String] {
        let groups =
            feedbackAudience(id: audience)?.isResidents == false
            ? []
            : planning.targetGroups.enumerated().sorted {
                ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset)
            }
            .flatMap(\.element.channels)
        return Self.normalisedChannels(groups + FeedbackRound.knownChannels)
    }

    /// The rounds planned for a date and not yet sent, each with that date, in the order planned.
    var feedbackAwaitingSending: [(round: FeedbackRound, planned: LocalDate)] {
        followUp.feedbackRounds.compactMap { round in
            guard !round.isSent, let planned = round.plannedOn else { return nil }
            return (round, planned)
        }
    }

    /// The rounds whose planned date lies before `today` and that are not sent, in the order planned.
    public func overdueFeedback(today: LocalDate) -> [FeedbackRound] {
        feedbackAwaitingSending.filter { $0.planned < today }.map(\.round)
    }

    /// The rounds sent to residents (participants or all), in the order planned.
    public var feedbackSentToResidents: [FeedbackRound] {
        followUp.feedbackRounds.filter { $0.isSent && reachesResidents($0) }
    }

    /// Whether a round goes to residents (participants or all): its audience is not the decision-makers.
    func reachesResidents(_ round: FeedbackRound) -> Bool {
        feedbackAudience(id: round.audience)?.isResidents ?? true
    }

    /// Refuses an audience id the dialogue does not have.
    private func checkAudience(_ audience: String) throws(DialogueError) {
        guard feedbackAudience(id: audience) != nil else {
            throw .noSuchAudience(audience, known: followUp.audiences.map(\.id))
        }
    }

    /// Channels as kept: trimmed, without blanks, each once ignoring case (the first spelling wins), in order.
    static func normalisedChannels(_ channels: [String]) -> [String] {
        var seen: Set<String> = []
        return channels.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}
