/// One answer of a survey export: its text, trimmed, and the line of the file its row starts on.
public struct SurveyAnswer: Equatable, Sendable {
    /// The text as the respondent wrote it, line breaks kept (as `\n`), outer whitespace trimmed.
    public var text: String
    /// The 1-based line of the file on which the answer's row starts.
    public var line: Int

    /// An answer `text` from the row that starts on `line`.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
