import DialogueKit
import TextSafety

/// "Vad grundades beslutet på?" in words: the themes and the inputs whose responses link a decision.
enum DecisionBasisText {
    /// "2 teman · 3 inspel med eget svar · 14 inspel i allt".
    static func summary(_ basis: DecisionBasis) -> String {
        let s = UIStrings.swedish
        return [
            s.count(basis.themes.count, "tema", "teman"),
            s.count(basis.inputs.count, "inspel med eget svar", "inspel med eget svar"),
            s.basisInputsInAll(basis.inputCount),
        ].joined(separator: " · ")
    }

    /// One line per theme (with its count and status), then one per input with a response of its own.
    static func lines(_ basis: DecisionBasis) -> [String] {
        let s = UIStrings.swedish
        let themes = basis.themes.map { theme in
            let status = theme.response?.status.words ?? ""
            return SafeText.clean(
                "\(s.basisTheme) \(theme.tag) · \(s.count(theme.inputCount, "inspel", "inspel")) · \(status)")
        }
        let inputs = basis.inputs.map { input in
            let status = input.response?.status.words ?? ""
            return SafeText.clean("\(input.id) · \(input.text) · \(status)")
        }
        return themes + inputs
    }

    /// The whole basis for the text viewer: the decision, the summary, each theme with its inputs' words, and
    /// each input answered on its own.
    static func whole(_ basis: DecisionBasis, of decision: Decision) -> String {
        let s = UIStrings.swedish
        var text = [DecisionWords.full(decision), "", s.basisHeading, summary(basis)]
        for theme in basis.themes {
            text.append("")
            text.append(SafeText.clean("\(s.basisTheme) \(theme.tag) · \(theme.response?.status.words ?? "")"))
            if let reason = theme.response?.reason, !reason.isEmpty { text.append(SafeText.clean(reason)) }
            text += basis.throughThemes.filter { $0.tags.contains(theme.tag) }.map {
                SafeText.clean("  \($0.id) · \($0.text)")
            }
        }
        if !basis.inputs.isEmpty {
            text.append("")
            text.append(s.basisOwnResponses)
            text += basis.inputs.map { input in
                let response = input.response.map { " · \($0.status.words)" } ?? ""
                return SafeText.clean("  \(input.id) · \(input.text)\(response)")
            }
        }
        return text.joined(separator: "\n")
    }
}
