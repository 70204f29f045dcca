import Foundation

/// The feedback part of `DialogueChanges`: rounds planned, changed, sent and removed, and the publication texts
/// and dates kept in `followUp.publications` (a text kept in a checklist item is worded as the item's answer).
extension DialogueChanges {
    /// Every change to the feedback rounds and the publications from `old` to `new`.
    static func feedbackChanges(_ old: Dialogue, _ new: Dialogue) -> [String] {
        roundChanges(old, new) + publicationChanges(old.followUp.publications, new.followUp.publications)
    }

    private static func roundChanges(_ old: Dialogue, _ new: Dialogue) -> [String] {
        guard old.followUp.feedbackRounds != new.followUp.feedbackRounds else { return [] }
        func named(_ round: FeedbackRound, in dialogue: Dialogue) -> String {
            let audience = dialogue.feedbackAudience(id: round.audience)?.name ?? round.audience
            return "återkopplingen till \(audience.lowercased()) (\(round.id))"
        }
        return ListEdit.steps(from: old.followUp.feedbackRounds, to: new.followUp.feedbackRounds).flatMap {
            step -> [String] in
            switch step {
            case .added(let round):
                let planned = round.plannedOn.map { " den \($0)" } ?? ""
                var sentences = ["planerade \(named(round, in: new))\(planned)"]
                if let sent = round.sentOn {
                    sentences.append("markerade \(named(round, in: new)) som skickad \(sent)")
                }
                return sentences
            case .changed(let before, let round):
                return roundFieldChanges(before, round, name: named(before, in: old), in: new)
            case .removed(let round):
                return ["tog bort \(named(round, in: old))"]
            case .reordered:
                return ["ändrade ordningen på återkopplingarna"]
            }
        }
    }

    /// «ändrade återkopplingen till deltagarna (a1): datum 2026-06-01, kanaler "e-post"» and, apart,
    /// «markerade … som skickad 2026-06-02».
    private static func roundFieldChanges(
        _ before: FeedbackRound, _ round: FeedbackRound, name: String, in dialogue: Dialogue
    ) -> [String] {
        var fields: [String] = []
        if before.audience != round.audience {
            let audience = dialogue.feedbackAudience(id: round.audience)?.name ?? round.audience
            fields.append("mottagare \(quoted(audience))")
        }
        if before.plannedOn != round.plannedOn { fields.append("datum \(round.plannedOn?.description ?? "inget")") }
        if let channels = words("kanaler", \FeedbackRound.channels)(before, round) { fields.append(channels) }
        if let text = text("text", \FeedbackRound.text)(before, round) { fields.append(text) }
        var sentences = fields.isEmpty ? [] : ["ändrade \(name): \(fields.joined(separator: ", "))"]
        if before.sentOn != round.sentOn {
            sentences.append(
                round.sentOn.map { "markerade \(name) som skickad \($0)" } ?? "markerade \(name) som inte skickad")
        } else if before.sentBy != round.sentBy {
            sentences.append("ändrade vem som skickade \(name)")
        }
        if sentences.isEmpty { sentences.append("ändrade \(name)") }
        return sentences
    }

    private static func publicationChanges(_ old: [Publication], _ new: [Publication]) -> [String] {
        PublicationMoment.allCases.flatMap { moment -> [String] in
            let before = old.first { $0.moment == moment } ?? Publication(moment: moment)
            let after = new.first { $0.moment == moment } ?? Publication(moment: moment)
            var sentences: [String] = []
            let previous = Dictionary(before.texts.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
            let current = Dictionary(after.texts.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
            for question in moment.questions where previous[question] != current[question] {
                let place = "\(quoted(question)) i publiceringen \(moment.words)"
                sentences.append(
                    current[question].map { "skrev \(quoted($0)) på \(place)" } ?? "tömde svaret på \(place)")
            }
            if before.publishedOn != after.publishedOn {
                sentences.append(
                    after.publishedOn.map { "markerade publiceringen \(moment.words) som publicerad \($0)" }
                        ?? "tog bort publiceringsdatumet \(moment.words)")
            }
            return sentences
        }
    }
}
