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
    /// The phase the activity belongs to, such as a feedback meeting in Återkoppling; nil (and
    /// files saved before activities had a phase) means Genomförande.
    public var phase: Phase?

    public init(
        id: String, title: String, date: LocalDate? = nil, time: String = "", place: String = "", method: String = "",
        expectedParticipants: Int? = nil, accessibility: String = "", phase: Phase? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.time = time
        self.place = place
        self.method = method
        self.expectedParticipants = expectedParticipants
        self.accessibility = accessibility
        self.phase = phase
    }

    /// The phase the activity is held in: its own, else Genomförande.
    public var heldIn: Phase { phase ?? .implementation }
}
