import Foundation

/// One thing a resident said or wrote (inspel, synpunkt), as it was said, with where and when it was
/// captured. Nothing is ever deleted: an input is hidden with a reason, and duplicates are linked.
///
/// A value like any other, kept in one shared box until it is changed: a dialogue holds thousands, and
/// copying the list (every edit copies it) or comparing two versions of it then costs one reference each.
public struct Input: Codable, Equatable, Sendable, Identifiable {
    /// The fields, shared between copies until one of them changes; only ever changed while one input
    /// holds it alone (`mutableStorage`), so sharing it between threads is safe.
    private final class Storage: @unchecked Sendable {
        var id: String
        var text: String
        var capturedAt: Date
        var activity: String?
        var agendaPoint: String?
        var category: String?
        var tags: [String]
        var group: String?
        var source: InputSource?
        var capturedBy: String?
        var hidden: InputHiding?
        var duplicateOf: String?
        var sideIssue: String?
        var response: Response?
        var lastChange: ItemChange?

        init(
            id: String, text: String, capturedAt: Date, activity: String?, agendaPoint: String?, category: String?,
            tags: [String], group: String?, source: InputSource?, capturedBy: String?, hidden: InputHiding?,
            duplicateOf: String?, sideIssue: String?, response: Response?, lastChange: ItemChange?
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
            self.response = response
            self.lastChange = lastChange
        }

        /// A copy of the fields, for a change that must not reach the other copies.
        func copy() -> Storage {
            Storage(
                id: id, text: text, capturedAt: capturedAt, activity: activity, agendaPoint: agendaPoint,
                category: category, tags: tags, group: group, source: source, capturedBy: capturedBy, hidden: hidden,
                duplicateOf: duplicateOf, sideIssue: sideIssue, response: response, lastChange: lastChange)
        }
    }

    private var storage: Storage

    /// Stable id within the dialogue: `i1`, `i2`, …
    public var id: String {
        get { storage.id }
        set { mutableStorage().id = newValue }
    }
    /// The words as said or written.
    public var text: String {
        get { storage.text }
        set { mutableStorage().text = newValue }
    }
    public var capturedAt: Date {
        get { storage.capturedAt }
        set { mutableStorage().capturedAt = newValue }
    }
    /// The activity it was captured at (an activity id).
    public var activity: String? {
        get { storage.activity }
        set { mutableStorage().activity = newValue }
    }
    /// The agenda point of that activity it was captured under.
    public var agendaPoint: String? {
        get { storage.agendaPoint }
        set { mutableStorage().agendaPoint = newValue }
    }
    /// An id of the dialogue's `inputCategories`.
    public var category: String? {
        get { storage.category }
        set { mutableStorage().category = newValue }
    }
    /// Themes, free text, in the order they were given; each at most once.
    public var tags: [String] {
        get { storage.tags }
        set { mutableStorage().tags = newValue }
    }
    /// The target group (id) the speaker belongs to, when known.
    public var group: String? {
        get { storage.group }
        set { mutableStorage().group = newValue }
    }
    public var source: InputSource? {
        get { storage.source }
        set { mutableStorage().source = newValue }
    }
    /// Who captured it (the user Ting records changes by).
    public var capturedBy: String? {
        get { storage.capturedBy }
        set { mutableStorage().capturedBy = newValue }
    }
    /// Set while the input is hidden from the register.
    public var hidden: InputHiding? {
        get { storage.hidden }
        set { mutableStorage().hidden = newValue }
    }
    /// The id of the input this one repeats; the first of a group of duplicates has none.
    public var duplicateOf: String? {
        get { storage.duplicateOf }
        set { mutableStorage().duplicateOf = newValue }
    }
    /// The id of the side issue (Sidofrågor) this input became.
    public var sideIssue: String? {
        get { storage.sideIssue }
        set { mutableStorage().sideIssue = newValue }
    }
    /// What became of the input, when it has a response of its own (a theme's response is `ThemeResponse`).
    public var response: Response? {
        get { storage.response }
        set { mutableStorage().response = newValue }
    }
    /// Who changed the input last, and when; nil until it is changed after capture.
    public var lastChange: ItemChange? {
        get { storage.lastChange }
        set { mutableStorage().lastChange = newValue }
    }

    public init(
        id: String, text: String, capturedAt: Date, activity: String? = nil, agendaPoint: String? = nil,
        category: String? = nil, tags: [String] = [], group: String? = nil, source: InputSource? = nil,
        capturedBy: String? = nil, hidden: InputHiding? = nil, duplicateOf: String? = nil,
        sideIssue: String? = nil, response: Response? = nil, lastChange: ItemChange? = nil
    ) {
        storage = Storage(
            id: id, text: text, capturedAt: capturedAt, activity: activity, agendaPoint: agendaPoint,
            category: category, tags: tags, group: group, source: source, capturedBy: capturedBy, hidden: hidden,
            duplicateOf: duplicateOf, sideIssue: sideIssue, response: response, lastChange: lastChange)
    }

    private enum CodingKeys: String, CodingKey {
        case id, text, capturedAt, activity, agendaPoint, category, tags, group, source, capturedBy, hidden,
            duplicateOf, sideIssue, response, lastChange
    }

    /// Decodes an input; only the id, the text and the time are required.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            text: try container.decode(String.self, forKey: .text),
            capturedAt: try container.decode(Date.self, forKey: .capturedAt),
            activity: try container.decodeIfPresent(String.self, forKey: .activity),
            agendaPoint: try container.decodeIfPresent(String.self, forKey: .agendaPoint),
            category: try container.decodeIfPresent(String.self, forKey: .category),
            tags: try container.decodeIfPresent([String].self, forKey: .tags) ?? [],
            group: try container.decodeIfPresent(String.self, forKey: .group),
            source: try container.decodeIfPresent(InputSource.self, forKey: .source),
            capturedBy: try container.decodeIfPresent(String.self, forKey: .capturedBy),
            hidden: try container.decodeIfPresent(InputHiding.self, forKey: .hidden),
            duplicateOf: try container.decodeIfPresent(String.self, forKey: .duplicateOf),
            sideIssue: try container.decodeIfPresent(String.self, forKey: .sideIssue),
            response: try container.decodeIfPresent(Response.self, forKey: .response),
            lastChange: try container.decodeIfPresent(ItemChange.self, forKey: .lastChange))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(capturedAt, forKey: .capturedAt)
        try container.encodeIfPresent(activity, forKey: .activity)
        try container.encodeIfPresent(agendaPoint, forKey: .agendaPoint)
        try container.encodeIfPresent(category, forKey: .category)
        try container.encode(tags, forKey: .tags)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(capturedBy, forKey: .capturedBy)
        try container.encodeIfPresent(hidden, forKey: .hidden)
        try container.encodeIfPresent(duplicateOf, forKey: .duplicateOf)
        try container.encodeIfPresent(sideIssue, forKey: .sideIssue)
        try container.encodeIfPresent(response, forKey: .response)
        try container.encodeIfPresent(lastChange, forKey: .lastChange)
    }

    /// Whether `prefix` holds the very values of `inputs`, one shared box each, checked without touching
    /// reference counts: the cheap proof that a list of thousands was only appended to.
    static func sharesStorage(_ prefix: ArraySlice<Input>, with inputs: [Input]) -> Bool {
        guard prefix.count == inputs.count else { return false }
        return prefix.withUnsafeBufferPointer { mine in
            inputs.withUnsafeBufferPointer { base in
                for index in base.indices where mine[index].storage !== base[index].storage { return false }
                return true
            }
        }
    }

    public static func == (lhs: Input, rhs: Input) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let a = lhs.storage
        let b = rhs.storage
        return a.id == b.id
            && a.text == b.text
            && a.capturedAt == b.capturedAt
            && a.activity == b.activity
            && a.agendaPoint == b.agendaPoint
            && a.category == b.category
            && a.tags == b.tags
            && a.group == b.group
            && a.source == b.source
            && a.capturedBy == b.capturedBy
            && a.hidden == b.hidden
            && a.duplicateOf == b.duplicateOf
            && a.sideIssue == b.sideIssue
            && a.response == b.response
            && a.lastChange == b.lastChange
    }

    /// Whether the input is hidden from the register.
    public var isHidden: Bool { hidden != nil }

    /// The fields to change, copied first when another copy shares them.
    private mutating func mutableStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }
}
