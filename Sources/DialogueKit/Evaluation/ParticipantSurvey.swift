/// The participants' own evaluation, entered as counts per statement and option from paper forms or a
/// survey export; optional.
public struct ParticipantSurvey: Codable, Equatable, Sendable {
    public var options: [SurveyOption]
    public var statements: [SurveyStatement]
    /// How the answers were collected, e.g. "pappersenkät vid workshopen".
    public var note: String

    public init(
        options: [SurveyOption] = SurveyOption.standard, statements: [SurveyStatement] = [], note: String = ""
    ) {
        self.options = options
        self.statements = statements
        self.note = note
    }

    /// The statements the issue and the handbooks' evaluation advice suggest, to start from.
    public static let standardStatements = [
        "Jag fick den information jag behövde", "Alla fick komma till tals", "Jag vet hur resultatet ska användas",
        "Jag vill delta igen",
    ]
}
