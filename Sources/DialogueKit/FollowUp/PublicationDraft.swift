import Foundation

/// A draft answer to one of Vänersborg's publication questions, from the data: before the dialogue from its
/// question, purpose, target groups, methods and activities; after it from the results, decisions and next steps.
public struct PublicationDraft: Equatable, Sendable {
    /// The draft's text; empty for a question the moment does not ask.
    public var text: String

    /// Drafts the answer to `question` of `moment`.
    public init(dialogue: Dialogue, moment: PublicationMoment, question: String, calendar: Calendar) {
        guard let index = moment.questions.firstIndex(of: question) else {
            text = ""
            return
        }
        let paragraphs: [String] =
            switch (moment, index) {
            case (.before, 0): Self.about(dialogue)
            case (.before, 1): Self.audience(dialogue)
            case (.before, _): Self.participation(dialogue)
            case (.after, 0): Self.aboutAfter(dialogue, calendar: calendar)
            case (.after, 1): Self.results(dialogue, calendar: calendar)
            case (.after, _): Self.nextSteps(dialogue)
            }
        text = paragraphs.filter { !$0.isBlank }.joined(separator: "\n")
    }

    /// Vad handlar invånardialogen om? The question, the purpose, who decides, and what residents get.
    private static func about(_ dialogue: Dialogue) -> [String] {
        var paragraphs: [String] = []
        if !dialogue.question.isBlank { paragraphs.append("Frågan är: \(dialogue.question)") }
        if !dialogue.purpose.isBlank { paragraphs.append("Syfte: \(dialogue.purpose)") }
        if !dialogue.committee.isBlank { paragraphs.append(FeedbackDraft.underlag(dialogue)) }
        if let level = dialogue.influenceLevel {
            let promise = level.residentsGet.map { " \($0)." } ?? ""
            paragraphs.append("Graden av delaktighet är \(level.name.lowercased()).\(promise)")
            if let words = level.promise, level.residentsGet != nil { paragraphs.append(words) }
        }
        return paragraphs.isEmpty ? [dialogue.title] : paragraphs
    }

    /// Vilka riktar sig invånardialogen till? The target groups, priority 1 first.
    private static func audience(_ dialogue: Dialogue) -> [String] {
        let groups = dialogue.planning.targetGroups
        guard !groups.isEmpty else { return ["Dialogen riktar sig till alla som bor och verkar i kommunen."] }
        let first = groups.filter { $0.priority == 1 }.map(\.name)
        let others = groups.filter { $0.priority != 1 }.map(\.name)
        if first.isEmpty { return ["Dialogen riktar sig till \(SwedishList.and(others))."] }
        let rest = others.isEmpty ? "" : " Den riktar sig också till \(SwedishList.and(others))."
        return [
            "Dialogen riktar sig särskilt till \(SwedishList.and(first)), som berörs mest av "
                + "frågan men sällan hörs.\(rest)"
        ]
    }

    /// Hur görs invånare delaktiga? The methods, the measures that make taking part possible, and the activities.
    private static func participation(_ dialogue: Dialogue) -> [String] {
        var paragraphs: [String] = []
        let methods = dialogue.methods.map { $0.name.lowercasedFirst }
        if !methods.isEmpty { paragraphs.append("Vi använder \(SwedishList.and(methods)).") }
        let measures = Dialogue.normalisedChannels(dialogue.planning.targetGroups.flatMap(\.measures))
        if !measures.isEmpty { paragraphs.append("För att alla ska kunna delta: \(SwedishList.and(measures)).") }
        let activities = dialogue.planning.activities.filter { $0.heldIn == .implementation && $0.status != .cancelled }
        if !activities.isEmpty {
            paragraphs.append("Så kan du vara med:")
            paragraphs += activities.map { activity in
                let when = [activity.date?.description, activity.timeText].compactMap { $0 }.filter { !$0.isBlank }
                let place = activity.place.isBlank ? "" : ", \(activity.place)"
                return "– \(activity.title)\(when.isEmpty ? "" : " (\(when.joined(separator: " ")))")\(place)"
            }
        }
        return paragraphs.isEmpty ? ["Hur invånarna görs delaktiga är inte planerat ännu."] : paragraphs
    }

    /// Vad handlade invånardialogen om? The question, and how many took part and said something.
    private static func aboutAfter(_ dialogue: Dialogue, calendar: Calendar) -> [String] {
        var paragraphs: [String] = []
        if !dialogue.question.isBlank { paragraphs.append("Frågan var: \(dialogue.question)") }
        let facts = FeedbackFacts(dialogue: dialogue)
        if facts.counts.total > 0 { paragraphs.append(facts.summary(dialogue, calendar: calendar)) }
        return paragraphs.isEmpty ? [dialogue.title] : paragraphs
    }

    /// Vad kom man fram till? The themes with their responses, and the decisions.
    private static func results(_ dialogue: Dialogue, calendar: Calendar) -> [String] {
        let draft = FeedbackDraft(dialogue: dialogue, audience: FeedbackAudience.residentsID, calendar: calendar)
        return draft.parts.filter { $0.heading != FeedbackDraft.usedHeading }.flatMap(\.paragraphs)
    }

    /// Vad blir fortsättningen? The way to the decision and the feedback still to come.
    private static func nextSteps(_ dialogue: Dialogue) -> [String] {
        let timeline = FeedbackTimeline(dialogue: dialogue).lines
        var paragraphs = [FeedbackDraft.underlag(dialogue)]
        if !timeline.isEmpty { paragraphs += ["Så här går det vidare:"] + timeline.map { "– \($0)" } }
        return paragraphs
    }
}
