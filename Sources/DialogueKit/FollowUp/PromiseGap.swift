/// Where the chosen level's promise to residents ("Invånarna får påverka") is not yet kept.
public enum PromiseGap: Equatable, Sendable {
    /// Visible inputs that no response applies to (their own, their original's or a theme's).
    case inputsWithoutResponse(count: Int)
    /// No feedback round to the participants or all residents has been sent.
    case noFeedbackSent

    /// The gap in words, as a sentence goes on after "men": "3 inspel saknar svar".
    public var text: String {
        switch self {
        case .inputsWithoutResponse(let count):
            "\(SwedishCount.phrase(count, one: "inspel", other: "inspel")) saknar svar"
        case .noFeedbackSent: "ingen återkoppling till deltagarna eller invånarna är skickad"
        }
    }

    /// What to do about the gap, in the imperative: "svara på inspelen".
    public var fix: String {
        switch self {
        case .inputsWithoutResponse: "svara på inspelen"
        case .noFeedbackSent: "skicka återkopplingen"
        }
    }
}
