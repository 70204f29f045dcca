import Foundation

extension Dialogue {
    /// Everything due in the dialogue, in listing order (`DueItem.listedBefore`): the end of each dated
    /// phase whose checklist is incomplete, each planned activity with a date, each feedback round
    /// planned and not sent, and each publication not yet published whose date is known.
    public var dueItems: [DueItem] {
        var items = phaseDeadlines.filter { !$0.isComplete }.map { deadline in
            DueItem(
                kind: .phaseEnd, date: deadline.end, reference: deadline.phase.rawValue,
                words: Self.phaseEndWords(title(of: deadline.phase)))
        }
        for activity in planning.activities where activity.status == .planned {
            guard let date = activity.date else { continue }
            let title = activity.title.trimmingCharacters(in: .whitespacesAndNewlines)
            items.append(
                DueItem(
                    kind: .activity, date: date, reference: activity.id,
                    words: title.isEmpty ? Self.untitledActivityWords : title))
        }
        for (round, date) in feedbackAwaitingSending {
            let audience = feedbackAudience(id: round.audience)?.name ?? round.audience
            items.append(
                DueItem(kind: .feedback, date: date, reference: round.id, words: Self.feedbackWords(to: audience)))
        }
        for moment in PublicationMoment.allCases where publishes(moment) {
            guard followUp.publications.first(where: { $0.moment == moment })?.publishedOn == nil,
                let date = publicationDate(moment)
            else { continue }
            items.append(
                DueItem(
                    kind: .publication, date: date, reference: moment.rawValue,
                    words: Self.publicationWords(moment)))
        }
        return items.sorted(by: DueItem.listedBefore)
    }

    /// The soonest thing due: the most overdue one when any is overdue, else the next upcoming one.
    public var nextDue: DueItem? { dueItems.first }

    /// «Planering slutar».
    static func phaseEndWords(_ phaseTitle: String) -> String { "\(phaseTitle) slutar" }

    /// An activity with no title.
    static let untitledActivityWords = "Aktivitet utan namn"

    /// «Återkoppling till deltagarna», from an audience named «Deltagarna».
    static func feedbackWords(to audience: String) -> String {
        "Återkoppling till \(lowercasingFirstWord(audience))"
    }

    /// Vänersborg's publication on the municipality's website, before the dialogue and after it.
    static func publicationWords(_ moment: PublicationMoment) -> String {
        switch moment {
        case .before: "Publicering på hemsidan före dialogen"
        case .after: "Publicering av resultatet på hemsidan"
        }
    }

    /// Whether the dialogue publishes at `moment`: it has started that publication, or its checklist asks
    /// one of the moment's questions (Vänersborg's Genomföra items).
    private func publishes(_ moment: PublicationMoment) -> Bool {
        if followUp.publications.contains(where: { $0.moment == moment }) { return true }
        let questions = Set(moment.questions)
        return allItems.contains { $0.kind == .question && questions.contains($0.text) }
    }

    /// When a publication is due: the texts before the dialogue by the day Genomförande starts (else its
    /// first dated activity), the results by the day Återkoppling ends; nil while that date is unknown.
    private func publicationDate(_ moment: PublicationMoment) -> LocalDate? {
        switch moment {
        case .before:
            return schedule(of: .implementation).start
                ?? planning.activities.filter { $0.heldIn == .implementation }.compactMap(\.date).min()
        case .after:
            return schedule(of: .feedback).end
        }
    }

    /// «Deltagarna» → «deltagarna», «Alla invånare» → «alla invånare»; a word in capitals (an
    /// abbreviation such as «SFI-elever») keeps its case.
    private static func lowercasingFirstWord(_ text: String) -> String {
        let letters = Array(text)
        guard let first = letters.first, first.isUppercase, letters.count < 2 || !letters[1].isUppercase else {
            return text
        }
        return first.lowercased() + String(letters.dropFirst())
    }
}
