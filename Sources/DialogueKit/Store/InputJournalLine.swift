import Foundation

/// One line of an inputs journal: a captured input whole, or the fields of one input that changed, with
/// who changed them and when. A field set to null was cleared.
struct InputJournalLine: Codable, Equatable, Sendable {
    /// A captured input (`{"add": {...}}`).
    var add: Input?
    /// The id of the input a change is to (`{"change": "i5", "set": {...}, "by": ..., "at": ...}`).
    var change: String?
    /// The changed fields with their new values (the whole input holding them; only `fields` are read).
    var set: Input?
    var fields: [InputField]
    var by: String?
    var at: Date?

    /// A line capturing `input`.
    init(adding input: Input) {
        add = input
        fields = []
    }

    /// A line setting `fields` of an input to their values in `input`, changed by `actor` at `now`.
    init(changing fields: [InputField], to input: Input, by actor: String, at now: Date) {
        change = input.id
        set = input
        self.fields = fields
        by = actor
        at = now
    }

    private enum CodingKeys: String, CodingKey {
        case add, change, set, by, at
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        add = try container.decodeIfPresent(Input.self, forKey: .add)
        change = try container.decodeIfPresent(String.self, forKey: .change)
        by = try container.decodeIfPresent(String.self, forKey: .by)
        at = try container.decodeIfPresent(Date.self, forKey: .at)
        fields = []
        guard let change else {
            guard add != nil else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [], debugDescription: "a line needs \"add\" or \"change\""))
            }
            return
        }
        let values = try container.nestedContainer(keyedBy: InputField.self, forKey: .set)
        var input = Input(id: change, text: "", capturedAt: .distantPast)
        for field in values.allKeys {
            fields.append(field)
            switch field {
            case .text: input.text = try values.decode(String.self, forKey: field)
            case .activity: input.activity = try values.decodeIfPresent(String.self, forKey: field)
            case .agendaPoint: input.agendaPoint = try values.decodeIfPresent(String.self, forKey: field)
            case .category: input.category = try values.decodeIfPresent(String.self, forKey: field)
            case .tags: input.tags = try values.decodeIfPresent([String].self, forKey: field) ?? []
            case .group: input.group = try values.decodeIfPresent(String.self, forKey: field)
            case .source: input.source = try values.decodeIfPresent(InputSource.self, forKey: field)
            case .hidden: input.hidden = try values.decodeIfPresent(InputHiding.self, forKey: field)
            case .duplicateOf: input.duplicateOf = try values.decodeIfPresent(String.self, forKey: field)
            case .sideIssue: input.sideIssue = try values.decodeIfPresent(String.self, forKey: field)
            case .response: input.response = try values.decodeIfPresent(Response.self, forKey: field)
            }
        }
        set = input
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(add, forKey: .add)
        try container.encodeIfPresent(change, forKey: .change)
        try container.encodeIfPresent(by, forKey: .by)
        try container.encodeIfPresent(at, forKey: .at)
        guard let set, change != nil else { return }
        var values = container.nestedContainer(keyedBy: InputField.self, forKey: .set)
        for field in fields {
            switch field {
            case .text: try values.encode(set.text, forKey: field)
            case .activity: try values.encode(set.activity, forKey: field)
            case .agendaPoint: try values.encode(set.agendaPoint, forKey: field)
            case .category: try values.encode(set.category, forKey: field)
            case .tags: try values.encode(set.tags, forKey: field)
            case .group: try values.encode(set.group, forKey: field)
            case .source: try values.encode(set.source, forKey: field)
            case .hidden: try values.encode(set.hidden, forKey: field)
            case .duplicateOf: try values.encode(set.duplicateOf, forKey: field)
            case .sideIssue: try values.encode(set.sideIssue, forKey: field)
            case .response: try values.encode(set.response, forKey: field)
            }
        }
    }

    /// The line applied to `inputs` (by id through `positions`); false when it names an input that is not
    /// there, or captures one whose id is taken.
    func apply(to inputs: inout [Input], positions: inout [String: Int]) -> Bool {
        if let add {
            guard positions[add.id] == nil else { return false }
            positions[add.id] = inputs.count
            inputs.append(add)
            return true
        }
        guard let change, let set, let index = positions[change] else { return false }
        for field in fields { field.copy(from: set, into: &inputs[index]) }
        if let by, let at { inputs[index].lastChange = ItemChange(by: by, at: at) }
        return true
    }
}
