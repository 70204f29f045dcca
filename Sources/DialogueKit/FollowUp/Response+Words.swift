/// A response in one line of words, for history, conflicts and lists: «ej aktuellt: Marken är såld».
extension Response {
    /// The status, where the input was sent on, the reason and the decisions linked, as one line.
    public var words: String {
        var words = status.words
        if let forwardedTo { words += " → vidare till \(forwardedTo)" }
        if !reason.isEmpty { words += ": \(reason)" }
        if !decisions.isEmpty { words += " (beslut \(decisions.joined(separator: ", ")))" }
        return words
    }
}
