import Foundation

/// The one place that says how dialogue files are encoded and decoded (the index has its own
/// compact format, `LibraryIndexFormat`).
enum DialogueCoding {
    /// Where a decoded dialogue file said its inputs' journal is (`inputJournal`); filled by one decode
    /// on one thread, so no lock is needed.
    final class JournalPointer: @unchecked Sendable {
        var name: String?
    }

    /// Encodes a dialogue file: pretty, sorted keys, UTF-8 text and slashes as they are, ISO-8601 dates;
    /// without inputs and contacts, which have files of their own, and naming the inputs' `journal` when given.
    static func encodeDialogue(_ dialogue: Dialogue, journal: String? = nil) throws -> Data {
        try encode(dialogue, userInfo: journal.map { [.inputJournal: $0] } ?? [:])
    }

    /// Encodes a value as one line of a journal: compact, sorted keys, dates as in dialogue files, no newline.
    static func encodeLine(_ value: some Encodable) throws -> Data {
        try lineEncoder.encode(value)
    }

    /// Encodes a JSON tree (a merge of dialogue files) exactly as a dialogue file is encoded.
    static func encodeJSON(_ value: JSONValue) throws -> Data {
        try encode(value)
    }

    /// Decodes any JSON file into a tree.
    static func decodeJSON(from data: Data) throws -> JSONValue {
        JSONValue(parsed: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    /// Encodes any value as dialogue files are: pretty, sorted keys, ISO-8601 dates in whole seconds, a final newline.
    static func encode(_ value: some Encodable, userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws
        -> Data
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = dateEncoding
        encoder.userInfo = userInfo
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    private static let dateEncoding = JSONEncoder.DateEncodingStrategy.custom { date, encoder in
        var container = encoder.singleValueContainer()
        try container.encode(date.formatted(wholeSeconds))
    }

    /// The encoder of journal lines (one is enough: a save encodes a handful of lines).
    private static let lineEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = dateEncoding
        return encoder
    }()

    /// Decodes a dialogue file; dates may carry fractional seconds and any time zone offset.
    static func decodeDialogue(from data: Data) throws -> Dialogue {
        try decodeDialogueFile(from: data).dialogue
    }

    /// Decodes a dialogue file and the name of the inputs' journal it points to, if any.
    static func decodeDialogueFile(from data: Data) throws -> (dialogue: Dialogue, journal: String?) {
        let pointer = JournalPointer()
        let decoder = makeDecoder()
        decoder.userInfo = [.inputJournal: pointer]
        let dialogue = try decoder.decode(Dialogue.self, from: data)
        return (dialogue, pointer.name)
    }

    /// Decodes a list of journal lines (`[` … `]` around the file's lines).
    static func decodeLines<Line: Decodable>(_ type: [Line].Type, from data: Data) throws -> [Line] {
        try makeDecoder().decode(type, from: data)
    }

    /// A decoder for Ting's files: dates as `DialogueCoding.date(from:)` reads them.
    private static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = date(from: text) { return date }
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an ISO-8601 date and time")
        }
        return decoder
    }

    /// An ISO-8601 date and time: `YYYY-MM-DDTHH:MM:SSZ` (as Ting writes them) read straight from the bytes,
    /// anything else (fractional seconds, offsets) by Foundation.
    static func date(from text: String) -> Date? {
        if let date = utcWholeSeconds(text) { return date }
        return (try? wholeSeconds.parse(text)) ?? (try? fractionalSeconds.parse(text))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` without Foundation's parser, which costs microseconds a date: a journal of
    /// thousands of inputs is read at every open.
    private static func utcWholeSeconds(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                bytes[19] == UInt8(ascii: "Z")
            else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
                LocalDate(year: year, month: month, day: day) != nil, hour < 24, minute < 60, second < 60
            else { return nil }
            // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            let days = era * 146_097 + dayOfEra - 719_468
            return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3_600 + minute * 60 + second))
        }
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

extension CodingUserInfoKey {
    /// Encoding: the name of the journal a dialogue file points to; decoding: a `JournalPointer` to fill.
    static let inputJournal = CodingUserInfoKey(rawValue: "inputJournal")!
}
