/// Who a feedback round is for (deltagarna, alla invånare, nämnden), from the dialogue's template.
public struct FeedbackAudience: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// Vänersborg's order: the participants soon after, all residents after the decision, and the decision-makers.
    public static let standard: [FeedbackAudience] = [
        FeedbackAudience(id: "deltagarna", name: "Deltagarna"),
        FeedbackAudience(id: "invanarna", name: "Alla invånare"),
        FeedbackAudience(id: "beslutsfattarna", name: "Nämnden och beslutsfattarna"),
    ]

    /// The id of the participants' audience, whose feedback Helsingborg's fourth mark of success asks for.
    public static let participantsID = "deltagarna"

    /// The id of the audience of all residents, told after the decision.
    public static let residentsID = "invanarna"

    /// The id of the committee and the decision-makers, whom feedback reaches as an account, not as a promise kept.
    public static let decisionMakersID = "beslutsfattarna"

    /// Whether feedback to this audience goes to residents (participants or all), as the level's promise asks.
    public var isResidents: Bool { id != Self.decisionMakersID }
}
