/// The answer to an input or a theme: what became of it, why, where it was sent on, and the decisions it fed.
public struct Response: Codable, Equatable, Sendable {
    public var status: ResponseStatus
    /// Why, in words residents can read; required for `ej aktuellt`.
    public var reason: String
    /// For `utanför frågan`: who or which process the input was passed on to.
    public var forwardedTo: String?
    /// The ids of the decisions (`FollowUp.decisions`) this response fed, in the order they were linked.
    public var decisions: [String]
    /// Who gave or changed the response last, and when.
    public var lastChange: ItemChange?

    public init(
        status: ResponseStatus, reason: String = "", forwardedTo: String? = nil, decisions: [String] = [],
        lastChange: ItemChange? = nil
    ) {
        self.status = status
        self.reason = reason
        self.forwardedTo = forwardedTo
        self.decisions = decisions
        self.lastChange = lastChange
    }

    /// Decodes a response; only the status is required (a hand-written line may leave out the rest).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(ResponseStatus.self, forKey: .status)
        reason = try container.decodeIfPresent(String.self, forKey: .reason) ?? ""
        forwardedTo = try container.decodeIfPresent(String.self, forKey: .forwardedTo)
        decisions = try container.decodeIfPresent([String].self, forKey: .decisions) ?? []
        lastChange = try container.decodeIfPresent(ItemChange.self, forKey: .lastChange)
    }

    private enum CodingKeys: String, CodingKey {
        case status, reason, forwardedTo, decisions, lastChange
    }
}
