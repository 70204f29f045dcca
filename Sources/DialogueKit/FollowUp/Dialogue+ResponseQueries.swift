import Foundation

/// Reading the responses: counts per status, the inputs still without one, the themes, and the chain from
/// an input to its decisions and feedback and from a decision back to its inputs. Each is one pass over
/// the inputs, cheap enough to make every frame with thousands.
extension Dialogue {
    /// The visible inputs per status of their resolved response (all six, in order), those without one,
    /// and how many there are.
    public func responseCounts() -> ResponseCounts {
        var resolver = ResponseResolver(self)
        var counts = [Int](repeating: 0, count: ResponseStatus.allCases.count)
        var unanswered = 0
        var total = 0
        for input in inputs where input.hidden == nil {
            total += 1
            if let resolved = resolver.resolve(input) {
                counts[Self.statusIndex(resolved.response.status)] += 1
            } else {
                unanswered += 1
            }
        }
        return ResponseCounts(
            byStatus: ResponseStatus.allCases.map { (status: $0, count: counts[Self.statusIndex($0)]) },
            unanswered: unanswered, total: total)
    }

    /// The visible inputs without any response (own, original's or theme's), in capture order.
    public func unansweredInputs() -> [Input] {
        var resolver = ResponseResolver(self)
        return inputs.filter { $0.hidden == nil && resolver.resolve($0) == nil }
    }

    /// Every tag on visible inputs with how many carry it and its theme response: most inputs first, then by name.
    public func themes() -> [ThemeSummary] {
        let resolver = ResponseResolver(self)
        var counts: [String: Int] = [:]
        for input in inputs where input.hidden == nil {
            for tag in input.tags { counts[tag, default: 0] += 1 }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            ThemeSummary(tag: $0.key, inputCount: $0.value, response: resolver.themeResponse($0.key))
        }
    }

    /// Where an input ended up: its themes, its resolved response, the decisions that links and the feedback
    /// rounds that reach it (days read in `calendar`); nil for an unknown id.
    public func trace(input id: String, calendar: Calendar = .swedish) -> InputTrace? {
        var resolver = ResponseResolver(self)
        guard let input = resolver.input(id) else { return nil }
        let response = resolver.resolve(input)
        let wanted = Set(input.tags)
        var counts: [String: Int] = [:]
        for other in inputs where other.hidden == nil {
            for tag in other.tags where wanted.contains(tag) { counts[tag, default: 0] += 1 }
        }
        return InputTrace(
            input: input, original: input.duplicateOf.flatMap { resolver.input($0) },
            themes: input.tags.map {
                ThemeSummary(tag: $0, inputCount: counts[$0] ?? 0, response: resolver.themeResponse($0))
            },
            response: response, decisions: response?.response.decisions.compactMap { decision(id: $0) } ?? [],
            feedbackRounds: feedbackRounds(reaching: input, calendar: calendar))
    }

    /// What a decision was based on: the theme responses and the inputs' own responses that link it, and the
    /// visible inputs that reach it through those themes.
    public func basis(of decisionID: String) -> DecisionBasis {
        var resolver = ResponseResolver(self)
        let linkingThemes = followUp.themeResponses.filter { $0.response.decisions.contains(decisionID) }
        let themeTags = Set(linkingThemes.map(\.tag))
        var counts: [String: Int] = [:]
        var direct: [Input] = []
        var throughThemes: [Input] = []
        for input in inputs where input.hidden == nil {
            for tag in input.tags where themeTags.contains(tag) { counts[tag, default: 0] += 1 }
            guard let resolved = resolver.resolve(input), resolved.response.decisions.contains(decisionID) else {
                continue
            }
            if case .theme = resolved.source { throughThemes.append(input) } else { direct.append(input) }
        }
        return DecisionBasis(
            decisionID: decisionID, decision: decision(id: decisionID),
            themes: linkingThemes.map {
                ThemeSummary(tag: $0.tag, inputCount: counts[$0.tag] ?? 0, response: $0.response)
            },
            inputs: direct, throughThemes: throughThemes)
    }

    /// The feedback rounds that reach the person who gave an input: to the participants or all residents,
    /// dated (sent, else planned) on or after the day it was captured, read in `calendar`; in the rounds' order.
    public func feedbackRounds(reaching input: Input, calendar: Calendar) -> [FeedbackRound] {
        let day = LocalDate(input.capturedAt, calendar: calendar)
        return followUp.feedbackRounds.filter { round in
            guard reachesResidents(round), let date = round.sentOn ?? round.plannedOn else { return false }
            return date >= day
        }
    }

    /// The place of a status in `ResponseStatus.allCases`.
    private static func statusIndex(_ status: ResponseStatus) -> Int {
        switch status {
        case .includedInProposal: 0
        case .implemented: 1
        case .considered: 2
        case .furtherInvestigation: 3
        case .notRelevant: 4
        case .outsideQuestion: 5
        }
    }
}
