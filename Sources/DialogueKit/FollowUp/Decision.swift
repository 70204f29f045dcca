/// A decision in the register (beslut): which body decided what, when, under which paragraph and case
/// number. The inputs and themes it answers are the responses that link it (`Response.decisions`).
public struct Decision: Codable, Equatable, Sendable, Identifiable {
    /// Stable id within the dialogue: `b1`, `b2`, …
    public var id: String
    /// Who decided: a nämnd, styrelse or fullmäktige, in words.
    public var body: String
    public var date: LocalDate?
    /// The paragraph in the minutes (§), e.g. `§ 41`.
    public var paragraph: String
    /// The case number (diarienummer).
    public var caseNumber: String
    /// What was decided, in words.
    public var text: String
    public var lastChange: ItemChange?

    public init(
        id: String, body: String, date: LocalDate? = nil, paragraph: String = "", caseNumber: String = "",
        text: String = "", lastChange: ItemChange? = nil
    ) {
        self.id = id
        self.body = body
        self.date = date
        self.paragraph = paragraph
        self.caseNumber = caseNumber
        self.text = text
        self.lastChange = lastChange
    }

    /// The decision bodies the handbooks name, offered before free text.
    public static let knownBodies = ["nämnden", "styrelsen", "kommunfullmäktige", "kommunstyrelsen"]
}
