import Foundation

/// Any JSON value, as a tree that can be compared and merged; read from what Foundation's
/// `JSONSerialization` parses, encoded by `DialogueCoding` exactly as a dialogue is, so a merged
/// file looks like any other.
indirect enum JSONValue: Encodable, Equatable, Sendable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case null

    /// The tree of an object `JSONSerialization` returned.
    init(parsed object: Any) {
        switch object {
        case let members as [String: Any]: self = .object(members.mapValues(JSONValue.init(parsed:)))
        case let elements as [Any]: self = .array(elements.map(JSONValue.init(parsed:)))
        case let text as String: self = .string(text)
        case let number as NSNumber: self = JSONValue(number: number)
        default: self = .null
        }
    }

    /// A number as JSONSerialization gives it: true and false are NSNumbers of C type `char`.
    private init(number: NSNumber) {
        if String(cString: number.objCType) == "c" {
            self = .bool(number.boolValue)
        } else if let integer = Int64(exactly: number) {
            self = .integer(integer)
        } else {
            self = .number(number.doubleValue)
        }
    }

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
