/// Any JSON value, as a tree that can be compared and merged; parsed by `JSONTreeParser`, encoded by
/// `DialogueCoding` exactly as a dialogue is, so a merged file looks like any other.
indirect enum JSONValue: Encodable, Equatable, Sendable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case null

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .object(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// The members of an object, or nil for any other value.
    var members: [String: JSONValue]? {
        if case .object(let members) = self { members } else { nil }
    }

    /// The elements of an array, or nil for any other value.
    var elements: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// The text of a string, or nil for any other value.
    var text: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// The member `key` of an object.
    subscript(key: String) -> JSONValue? {
        members?[key]
    }
}
