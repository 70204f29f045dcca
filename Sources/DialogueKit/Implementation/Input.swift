import Foundation

/// One thing a resident said or wrote (inspel, synpunkt), as it was said, with where and when it was
/// captured. Nothing is ever deleted: an input is hidden with a reason, and duplicates are linked.
public struct Input: Codable, Equatable, Sendable, Identifiable {
    /// Stable id within the dialogue: `i1`, `i2`, …
    public var id: String
    /// The words as said or written.
    public var text: String
    public var capturedAt: Date
    /// The activity it was captured at (an activity id).
    public var activity: String?
    /// The agenda point of that activity it was captured under.
    public var agendaPoint: String?
    /// An id of the dialogue's `inputCategories`.
    public var category: String?
    /// Themes, free text, in the order they were given; each at most once.
    public var tags: [String]
    /// The target group (id) the speaker belongs to, when known.
    public var group: String?
    public var source: InputSource?
    /// Who captured it (the user Ting records changes by).
    public var capturedBy: String?
    /// Set while the input is hidden from the register.
    public var hidden: InputHiding?
    /// The id of the input this one repeats; the first of a group of duplicates has none.
    public var duplicateOf: String?
    /// The id of the side issue (Sidofrågor) this input became.
    public var sideIssue: String?
    /// Who changed the input last, and when; nil until it is changed after capture.
    public var lastChange: ItemChange?

    public init(
        id: String, text: String, capturedAt: Date, activity: String? = nil, agendaPoint: String? = nil,
        category: String? = nil, tags: [String] = [], group: String? = nil, source: InputSource? = nil,
        capturedBy: String? = nil, hidden: InputHiding? = nil, duplicateOf: String? = nil,
        sideIssue: String? = nil, lastChange: ItemChange? = nil
    ) {
        self.id = id
        self.text = text
        self.capturedAt = capturedAt
        self.activity = activity
        self.agendaPoint = agendaPoint
        self.category = category
        self.tags = tags
        self.group = group
        self.source = source
        self.capturedBy = capturedBy
        self.hidden = hidden
        self.duplicateOf = duplicateOf
        self.sideIssue = sideIssue
        self.lastChange = lastChange
    }

    /// Decodes an input; only the id, the text and the time are required.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        capturedAt = try container.decode(Date.self, forKey: .capturedAt)
        activity = try container.decodeIfPresent(String.self, forKey: .activity)
        agendaPoint = try container.decodeIfPresent(String.self, forKey: .agendaPoint)
        category = try container.decodeIfPresent(String.self, forKey: .category)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        group = try container.decodeIfPresent(String.self, forKey: .group)
        source = try container.decodeIfPresent(InputSource.self, forKey: .source)
        capturedBy = try container.decodeIfPresent(String.self, forKey: .capturedBy)
        hidden = try container.decodeIfPresent(InputHiding.self, forKey: .hidden)
        duplicateOf = try container.decodeIfPresent(String.self, forKey: .duplicateOf)
        sideIssue = try container.decodeIfPresent(String.self, forKey: .sideIssue)
        lastChange = try container.decodeIfPresent(ItemChange.self, forKey: .lastChange)
    }

    /// Whether the input is hidden from the register.
    public var isHidden: Bool { hidden != nil }
}
