import Foundation

/// The one place that says how dialogue files are encoded and decoded (the index has its own
/// compact format, `LibraryIndexFormat`).
enum DialogueCoding {
    /// Encodes a dialogue file: pretty, sorted keys, UTF-8 text and slashes as they are, ISO-8601 dates.
    static func encodeDialogue(_ dialogue: Dialogue) throws -> Data {
        try encode(dialogue)
    }

    /// Encodes a JSON tree (a merge of dialogue files) exactly as a dialogue file is encoded.
    static func encodeJSON(_ value: JSONValue) throws -> Data {
        try encode(value)
    }

    /// Decodes any JSON file into a tree.
    static func decodeJSON(from data: Data) throws -> JSONValue {
        JSONValue(parsed: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    private static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(wholeSeconds))
        }
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Decodes a dialogue file; dates may carry fractional seconds and any time zone offset.
    static func decodeDialogue(from data: Data) throws -> Dialogue {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = (try? wholeSeconds.parse(text)) ?? (try? fractionalSeconds.parse(text)) {
                return date
            }
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an ISO-8601 date and time")
        }
        return try decoder.decode(Dialogue.self, from: data)
    }

    /// Reads only the `schemaVersion` of a file, when it has a readable one.
    static func schemaVersion(in data: Data) -> Int? {
        try? JSONDecoder().decode(SchemaProbe.self, from: data).schemaVersion
    }

    private static let wholeSeconds = Date.ISO8601FormatStyle()
    private static let fractionalSeconds = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// The part of any dialogue file, old or new, that says which schema it follows.
    private struct SchemaProbe: Decodable {
        var schemaVersion: Int
    }
}
