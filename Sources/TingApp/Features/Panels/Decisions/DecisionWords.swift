import DialogueKit
import TextSafety

/// A decision in one line, as the response form, the trace and the basis name it.
enum DecisionWords {
    /// "b1 · nämnden 2027-03-12 § 41": the id, who decided, when and under which paragraph.
    static func short(_ decision: Decision) -> String {
        let parts = [decision.body, decision.date?.description ?? "", decision.paragraph].filter { !$0.isEmpty }
        return SafeText.clean(([decision.id] + [parts.joined(separator: " ")]).joined(separator: " · "))
    }

    /// The short line, then the case number and what was decided.
    static func full(_ decision: Decision) -> String {
        let s = UIStrings.swedish
        var parts = [short(decision)]
        if !decision.caseNumber.isEmpty { parts.append("\(s.fieldCaseNumber) \(SafeText.clean(decision.caseNumber))") }
        if !decision.text.isEmpty { parts.append(SafeText.clean(decision.text)) }
        return parts.joined(separator: " · ")
    }
}
