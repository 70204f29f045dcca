/// The responses part of `DialogueChanges` beyond single inputs (those are in `DialogueChanges+Inputs`):
/// responses given to themes, and the decisions register.
extension DialogueChanges {
    /// The sentences for theme responses and decisions added, changed and removed.
    static func responseRecordChanges(_ old: FollowUp, _ new: FollowUp) -> [String] {
        var sentences: [String] = []
        let previous = Dictionary(old.themeResponses.map { ($0.tag, $0) }, uniquingKeysWith: { first, _ in first })
        let current = Set(new.themeResponses.map(\.tag))
        for theme in new.themeResponses {
            let words = quoted(theme.response.words, length: 80)
            guard let before = previous[theme.tag] else {
                sentences.append("gav temat \(quoted(theme.tag)) svaret \(words)")
                continue
            }
            if !Dialogue.sameResponse(before.response, theme.response) {
                sentences.append("ändrade svaret på temat \(quoted(theme.tag)) till \(words)")
            }
        }
        for theme in old.themeResponses where !current.contains(theme.tag) {
            sentences.append("tog bort svaret på temat \(quoted(theme.tag))")
        }
        sentences += listChanges(
            old.decisions, new.decisions, list: "decisions", name: decisionName,
            fields: [
                text("organ", \.body), date("datum", \.date), text("paragraf", \.paragraph),
                text("diarienummer", \.caseNumber), text("beslut", \.text),
            ])
        return sentences
    }

    /// A decision named as the minutes name it: «nämnden 2026-05-20 § 41», else by what was decided.
    private static func decisionName(_ decision: Decision) -> String {
        let parts = [decision.body, decision.date?.description ?? "", decision.paragraph].filter { !$0.isEmpty }
        return parts.isEmpty ? decision.text : parts.joined(separator: " ")
    }
}
