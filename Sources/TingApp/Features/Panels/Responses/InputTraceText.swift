import DialogueKit
import Foundation
import TextSafety

/// "Var hamnade inspelet?": an input's way through the dialogue in words — its themes, the response that
/// applies and where it comes from, the decisions it fed and the feedback rounds that reach it. Shown when an
/// input is read whole, in Svar and in Underlag.
enum InputTraceText {
    /// The text viewer for an input: its words, then its trace.
    static func viewer(for input: Input, in dialogue: Dialogue, calendar: Calendar) -> TextViewer {
        TextViewer(title: input.id, text: input.text + "\n\n" + text(for: input, in: dialogue, calendar: calendar))
    }

    /// The trace of an input, one part a line, under the question.
    static func text(for input: Input, in dialogue: Dialogue, calendar: Calendar) -> String {
        let s = UIStrings.swedish
        guard let trace = dialogue.trace(input: input.id) else { return s.traceHeading }
        var lines = [s.traceHeading]
        let themes = trace.themes.map { theme in
            "\(SafeText.clean(theme.tag)) (\(theme.response?.status.words ?? s.responsesUnanswered))"
        }
        if let original = trace.original {
            lines.append("\(s.traceOriginal): \(original.id) · \(SafeText.clean(original.text))")
        }
        lines.append("\(s.traceThemes): \(themes.isEmpty ? s.traceNone : themes.joined(separator: " · "))")
        if let resolved = trace.response {
            lines.append("\(s.traceResponse): \(ResponsesPanel.responseWords(resolved))")
            let response = resolved.response
            if !response.reason.isEmpty { lines.append("\(s.traceReason): \(SafeText.clean(response.reason))") }
            if let forwarded = response.forwardedTo {
                lines.append("\(s.traceForwarded): \(SafeText.clean(forwarded))")
            }
        } else {
            lines.append("\(s.traceResponse): \(input.isHidden ? s.traceHiddenNeedsNone : s.traceNoResponse)")
        }
        let decisions = trace.decisions.map(DecisionWords.full)
        lines += section(s.traceDecisions, decisions.map { "  \($0)" }, empty: s.traceNone)
        let rounds = trace.feedbackRounds.map { round in
            let audience = dialogue.followUp.audiences.first { $0.id == round.audience }?.name ?? round.audience
            let when =
                round.sentOn.map { "\(s.traceSent) \($0)" } ?? round.plannedOn.map { "\(s.tracePlanned) \($0)" } ?? ""
            let channels = round.channels.isEmpty ? "" : " (\(round.channels.joined(separator: ", ")))"
            return SafeText.clean("  \(round.id) · \(audience) · \(when)\(channels)")
        }
        lines += section(s.traceFeedback, rounds, empty: s.traceNoFeedback)
        return lines.joined(separator: "\n")
    }

    /// "Beslut:" and its lines under it, or "Beslut: –" on one line when there are none.
    private static func section(_ label: String, _ lines: [String], empty: String) -> [String] {
        lines.isEmpty ? ["\(label): \(empty)"] : ["\(label):"] + lines
    }
}
