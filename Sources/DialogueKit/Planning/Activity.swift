/// A dated activity of the dialogue, such as a dialogue meeting.
public struct Activity: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var date: LocalDate?
    /// Time of day as written, e.g. "18.00–20.00".
    public var time: String
    public var place: String
    public var method: String
    public var expectedParticipants: Int?
    /// Accessibility notes (tillgänglighet).
    public var accessibility: String

    public init(
        id: String, title: String, date: LocalDate? = nil, time: String = "", place: String = "", method: String = "",
        expectedParticipants: Int? = nil, accessibility: String = ""
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.time = time
        self.place = place
        self.method = method
        self.expectedParticipants = expectedParticipants
        self.accessibility = accessibility
    }
}
