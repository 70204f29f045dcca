import Foundation

/// A feedback text drafted from the dialogue's data in Vänersborg's three parts — what the participants said
/// and how it was used, how the results are or will be used (with the way to the decision and its timeline),
/// and which decisions were made on what grounds — opened in words that fit the audience. Edited before it is sent.
public struct FeedbackDraft: Equatable, Sendable {
    /// One part of the draft: the handbook's heading and its paragraphs (a list line starts with "– ").
    public struct Part: Equatable, Sendable {
        public var heading: String
        public var paragraphs: [String]
    }

    /// Vänersborg's first part: "Vad deltagarna sagt och tyckt, och hur detta tagits tillvara".
    public static let saidHeading = "Vad deltagarna sagt och tyckt, och hur detta tagits tillvara"
    /// Vänersborg's second part: "Hur resultaten har eller kommer att användas".
    public static let usedHeading = "Hur resultaten har eller kommer att användas"
    /// Vänersborg's third part: "Vilka beslut som fattats och på vilka grunder".
    public static let decisionsHeading = "Vilka beslut som fattats och på vilka grunder"

    /// The greeting and what the text is about, in words for the audience.
    public var opening: String
    /// The three parts, in the handbook's order.
    public var parts: [Part]

    /// Drafts the feedback to `audience` (an id of the dialogue's audiences) from what the dialogue holds.
    public init(dialogue: Dialogue, audience: String, calendar: Calendar) {
        let facts = FeedbackFacts(dialogue: dialogue)
        opening = Self.opening(dialogue, audience: audience)
        parts = [
            Part(heading: Self.saidHeading, paragraphs: Self.said(dialogue, facts: facts, calendar: calendar)),
            Part(heading: Self.usedHeading, paragraphs: Self.used(dialogue, facts: facts)),
            Part(heading: Self.decisionsHeading, paragraphs: Self.decided(dialogue, facts: facts)),
        ]
    }

    /// The draft as plain text: the opening, then each part's heading and paragraphs, a blank line between.
    public var text: String {
        ([opening] + parts.map { ([$0.heading] + $0.paragraphs).joined(separator: "\n") })
            .joined(separator: "\n\n")
    }

    /// The greeting: thanks to the participants, the question to all residents, the account to the committee.
    private static func opening(_ dialogue: Dialogue, audience: String) -> String {
        let title = "”\(dialogue.title)”"
        let question = dialogue.question.isBlank ? "" : " Frågan var: \(dialogue.question)"
        switch audience {
        case FeedbackAudience.participantsID:
            return "Tack för att du var med i invånardialogen \(title)!\(question) Här berättar vi vad som kom fram, "
                + "hur det har tagits tillvara och vad som händer nu."
        case FeedbackAudience.decisionMakersID:
            let to = dialogue.committee.isBlank ? "Till nämnden" : "Till \(dialogue.committee)"
            let caseNumber = dialogue.caseNumber.isBlank ? "" : " (dnr \(dialogue.caseNumber))"
            let purpose = dialogue.purpose.isBlank ? "" : " Syftet var: \(dialogue.purpose)"
            return "\(to): här redovisas resultatet av invånardialogen \(title)\(caseNumber) som underlag för "
                + "beslut.\(purpose)"
        default:
            let who = dialogue.committee.isBlank ? "Kommunen" : dialogue.committee
            return "\(who) har fört en invånardialog, \(title), med dem som bor och verkar här.\(question) "
                + "Här berättar vi vad som kom fram, hur resultatet används och vilka beslut som fattats."
        }
    }

    /// Part one: how many said what, by category and by theme with each theme's response, and what is unanswered.
    private static func said(_ dialogue: Dialogue, facts: FeedbackFacts, calendar: Calendar) -> [String] {
        let counts = facts.counts
        guard counts.total > 0 else {
            return ["Inga inspel är registrerade ännu; när de är sammanställda berättar vi vad som kom fram."]
        }
        var paragraphs = [facts.summary(dialogue, calendar: calendar)]
        let categories = dialogue.inputCategories.compactMap { category in
            counts.byCategory[category.id].map { "\(category.title.lowercased()) (\($0))" }
        }
        if !categories.isEmpty {
            let unsorted = counts.uncategorised > 0 ? "; \(counts.uncategorised) är inte sorterade" : ""
            paragraphs.append("Inspelen fördelar sig så: \(SwedishList.and(categories))\(unsorted).")
        }
        if !facts.themes.isEmpty {
            paragraphs.append("Det här tog deltagarna upp, tema för tema:")
            paragraphs += facts.themes.map { theme in
                "– \(theme.tag) (\(SwedishCount.phrase(theme.inputCount, one: "inspel", other: "inspel"))): "
                    + (theme.response.map(Self.responseWords) ?? "ännu inte besvarat.")
            }
        }
        paragraphs.append(facts.answeredSentence)
        return paragraphs
    }

    /// Part two: what the results feed, what was sent on or is looked into further, and the timeline.
    private static func used(_ dialogue: Dialogue, facts: FeedbackFacts) -> [String] {
        var paragraphs = [Self.underlag(dialogue)]
        if !dialogue.purpose.isBlank { paragraphs[0] += " Syftet med dialogen: \(dialogue.purpose)" }
        if let forwarded = facts.forwardedSentence { paragraphs.append(forwarded) }
        let timeline = FeedbackTimeline(dialogue: dialogue).lines
        if !timeline.isEmpty {
            paragraphs.append("Vägen till beslut och återkoppling:")
            paragraphs += timeline.map { "– \($0)" }
        }
        return paragraphs
    }

    /// Part three: each decision with body, date, § and case number, and the themes and inputs it rests on.
    private static func decided(_ dialogue: Dialogue, facts: FeedbackFacts) -> [String] {
        // Dated decisions in date order, then those without a date, in the register's order.
        let decisions = dialogue.followUp.decisions.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case (let l?, let r?): (l, lhs.offset) < (r, rhs.offset)
            case (nil, nil): lhs.offset < rhs.offset
            case (_?, nil): true
            case (nil, _?): false
            }
        }.map(\.element)
        guard !decisions.isEmpty else {
            let committee = dialogue.committee.isBlank ? "nämnden" : dialogue.committee
            return [
                "Inget beslut är fattat ännu. När \(committee) har beslutat återkopplar vi vad beslutet blev och "
                    + "på vilka grunder."
            ]
        }
        return decisions.map { decision in
            var sentence = "– \(decision.body.capitalisedFirst) beslutade"
            if let date = decision.date { sentence += " \(date)" }
            let reference = [decision.paragraph, decision.caseNumber.isBlank ? "" : "dnr \(decision.caseNumber)"]
                .filter { !$0.isBlank }
            if !reference.isEmpty { sentence += " (\(reference.joined(separator: ", ")))" }
            sentence += decision.text.isBlank ? "." : ": \(decision.text.trimmingCharacters(in: .whitespaces))"
            if !sentence.hasSuffix(".") { sentence += "." }
            return sentence + facts.basisSentence(dialogue.basis(of: decision.id))
        }
    }

    /// "Resultatet är underlag för Stadsbyggnadsnämndens beslut." (the committee's, else "nämndens").
    static func underlag(_ dialogue: Dialogue) -> String {
        "Resultatet är underlag för \((dialogue.committee.isBlank ? "nämnden" : dialogue.committee).genitive) beslut."
    }

    /// "genomförs: Vi bygger en vattenlek." — the status and its reason, or where it was sent on.
    static func responseWords(_ response: Response) -> String {
        var words = response.status.words
        if let forwardedTo = response.forwardedTo, !forwardedTo.isBlank { words += " → vidare till \(forwardedTo)" }
        let reason = response.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { return words + "." }
        return words + ": " + reason + (reason.hasSuffix(".") ? "" : ".")
    }
}
