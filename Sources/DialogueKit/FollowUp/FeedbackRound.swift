/// One round of feedback (återkoppling) to one audience: when it is planned, through which channels, when
/// it was sent and by whom, and its text.
public struct FeedbackRound: Codable, Equatable, Sendable, Identifiable {
    /// Stable id within the dialogue: `a1`, `a2`, …
    public var id: String
    /// The id of one of the dialogue's `FollowUp.audiences`.
    public var audience: String
    public var plannedOn: LocalDate?
    /// Channels, from `FeedbackRound.knownChannels`, the target groups' own, or free text; each at most once.
    public var channels: [String]
    /// Set when the feedback went out; the text is final from then on.
    public var sentOn: LocalDate?
    public var sentBy: String?
    /// The text sent, drafted from the data and edited.
    public var text: String
    public var lastChange: ItemChange?

    public init(
        id: String, audience: String, plannedOn: LocalDate? = nil, channels: [String] = [], sentOn: LocalDate? = nil,
        sentBy: String? = nil, text: String = "", lastChange: ItemChange? = nil
    ) {
        self.id = id
        self.audience = audience
        self.plannedOn = plannedOn
        self.channels = channels
        self.sentOn = sentOn
        self.sentBy = sentBy
        self.text = text
        self.lastChange = lastChange
    }

    /// Whether the round has been sent.
    public var isSent: Bool { sentOn != nil }

    /// Vänersborg's channels for feedback, to participants and to residents in general.
    public static let knownChannels = [
        "kommunens webbsida", "postutskick", "e-post", "nyhetsbrev", "SMS", "telefonsamtal", "QR-koder",
        "annonser i tidningen", "sociala medier",
    ]
}
