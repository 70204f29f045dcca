/// What is published on the website before or after the dialogue: the texts, and when they went up.
public struct Publication: Codable, Equatable, Sendable, Identifiable {
    public var moment: PublicationMoment
    /// The texts written here; a question the checklist already asks keeps its answer there instead.
    public var texts: [PublicationText]
    public var publishedOn: LocalDate?
    public var publishedBy: String?
    public var lastChange: ItemChange?

    public init(
        moment: PublicationMoment, texts: [PublicationText] = [], publishedOn: LocalDate? = nil,
        publishedBy: String? = nil, lastChange: ItemChange? = nil
    ) {
        self.moment = moment
        self.texts = texts
        self.publishedOn = publishedOn
        self.publishedBy = publishedBy
        self.lastChange = lastChange
    }

    /// The moment is the id: a dialogue has one publication before and one after.
    public var id: String { moment.rawValue }

    private enum CodingKeys: String, CodingKey {
        case id, texts, publishedOn, publishedBy, lastChange
    }

    /// Decodes a publication stored under its moment's id, so that two writers' publications merge by id.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        guard let moment = PublicationMoment(rawValue: id) else {
            throw DecodingError.dataCorruptedError(
                forKey: .id, in: container, debugDescription: "\"\(id)\" is not fore or efter")
        }
        self.moment = moment
        texts = try container.decodeIfPresent([PublicationText].self, forKey: .texts) ?? []
        publishedOn = try container.decodeIfPresent(LocalDate.self, forKey: .publishedOn)
        publishedBy = try container.decodeIfPresent(String.self, forKey: .publishedBy)
        lastChange = try container.decodeIfPresent(ItemChange.self, forKey: .lastChange)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(texts, forKey: .texts)
        try container.encodeIfPresent(publishedOn, forKey: .publishedOn)
        try container.encodeIfPresent(publishedBy, forKey: .publishedBy)
        try container.encodeIfPresent(lastChange, forKey: .lastChange)
    }
}
