import Foundation
import TextSafety

/// Why a file could not be decoded, in Swedish: the place in the file and what is wrong there.
struct DecodingProblem: Equatable, Sendable {
    /// "rad 3, kolumn 14" for a syntax error, or the key path such as `phases[1].items[3].kind`.
    var place: String?
    /// What is wrong, e.g. "ogiltig JSON (oväntat tecken)".
    var problem: String

    /// Explains a failure to decode `data`, finding the line and column of a JSON syntax error.
    init(_ error: any Error, in data: Data) {
        guard let decodingError = error as? DecodingError else {
            self.init(
                place: nil,
                problem:
                    "filen går inte att tolka (\(SafeText.excerpt("\(error)", length: SafeText.parserMessageLength)))")
            return
        }
        switch decodingError {
        case .typeMismatch(let type, let context):
            let value = Self.shownValue(at: context.codingPath, in: data)
            self.init(
                place: Self.path(context.codingPath), problem: "\(value) ska vara \(Self.noun(for: type))")
        case .valueNotFound(let type, let context):
            self.init(
                place: Self.path(context.codingPath),
                problem: "värdet saknas, det ska vara \(Self.noun(for: type))")
        case .keyNotFound(let key, let context):
            self.init(
                place: Self.path(context.codingPath + [key]),
                problem: "nyckeln \"\(SafeText.excerpt(key.stringValue))\" saknas"
            )
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self = Self.syntaxProblem(in: data)
        case .dataCorrupted(let context):
            let value = Self.shownValue(at: context.codingPath, in: data)
            self.init(place: Self.path(context.codingPath), problem: "\(value) är inte tillåtet här")
        @unknown default:
            self.init(place: nil, problem: "filen går inte att tolka")
        }
    }

    init(place: String?, problem: String) {
        self.place = place
        self.problem = problem
    }

    /// A coding path as people write it: `phases[1].items[3].kind`; each key an excerpt.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                let name = SafeText.excerpt(key.stringValue)
                text += text.isEmpty ? name : ".\(name)"
            }
        }
        return text.isEmpty ? "filens början" : text
    }

    /// Finds where the JSON syntax breaks, from Foundation's parser error (a byte offset on every platform
    /// we know of), and says so as line and column.
    private static func syntaxProblem(in data: Data) -> DecodingProblem {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return DecodingProblem(place: nil, problem: "filen är tom")
        }
        if String(validating: data, as: UTF8.self) == nil {
            return DecodingProblem(place: nil, problem: "filen är inte text i UTF-8")
        }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            let info = (error as NSError).userInfo
            let description = info[NSDebugDescriptionErrorKey] as? String ?? ""
            if let offset = info["NSJSONSerializationErrorIndex"] as? Int ?? characterOffset(in: description) {
                let position = TextPosition(byteOffset: offset, in: data)
                return DecodingProblem(place: position.description, problem: "ogiltig JSON")
            }
            if description.localizedCaseInsensitiveContains("end of") {
                let position = TextPosition.end(of: data)
                return DecodingProblem(
                    place: "\(position), filens slut",
                    problem: "ogiltig JSON: filen tar slut för tidigt (saknas ett \", ] eller } någonstans?)")
            }
        }
        return DecodingProblem(place: nil, problem: "ogiltig JSON")
    }

    /// "värdet \"grind\"": the value found at a coding path, for the message, a long text cut to an
    /// excerpt; just "värdet" when it is not a text or number.
    private static func shownValue(at codingPath: [any CodingKey], in data: Data) -> String {
        guard var node = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return "värdet"
        }
        for key in codingPath {
            if let index = key.intValue, let array = node as? [Any], array.indices.contains(index) {
                node = array[index]
            } else if let object = node as? [String: Any], let value = object[key.stringValue] {
                node = value
            } else {
                return "värdet"
            }
        }
        switch node {
        case let text as String: return "värdet \"\(SafeText.excerpt(text, length: 40))\""
        case let number as NSNumber where !(node is Bool): return "värdet \(number)"
        default: return "värdet"
        }
    }

    /// The number in Foundation's "… around character 21." message.
    private static func characterOffset(in description: String) -> Int? {
        guard let range = description.range(of: "character ") else { return nil }
        return Int(description[range.upperBound...].prefix(while: \.isNumber))
    }

    /// The Swedish name of what a Swift type looks like in JSON.
    private static func noun(for type: Any.Type) -> String {
        switch type {
        case is String.Type: "en text inom citattecken"
        case is Bool.Type: "true eller false"
        case is Int.Type, is Int64.Type, is UInt64.Type: "ett heltal"
        case is Double.Type: "ett tal"
        case is [String: Any].Type: "ett objekt { … }"
        case is [Any].Type: "en lista [ … ]"
        default: "av typen \(type)"
        }
    }
}
