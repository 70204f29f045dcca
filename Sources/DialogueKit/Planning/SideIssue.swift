/// A question that came up but is outside the dialogue, and where it was passed on
/// (Helsingborg: "Hur hanterar vi frågor som kommer upp men som inte berör dialogen?").
public struct SideIssue: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var question: String
    /// To whom or where it was passed on.
    public var passedTo: String
    public var date: LocalDate?
    /// The input it came from, when it was made from one (the input keeps the link back).
    public var fromInput: String?

    public init(
        id: String, question: String, passedTo: String = "", date: LocalDate? = nil, fromInput: String? = nil
    ) {
        self.id = id
        self.question = question
        self.passedTo = passedTo
        self.date = date
        self.fromInput = fromInput
    }
}
