import Foundation
import TOMLKit

/// Reads one table of a template file with typed accessors; every missing, mistyped,
/// empty or unknown key becomes a `TemplateError` that names its place.
struct TemplateTableReader {
    let table: TOMLTable
    let path: TemplateKeyPath
    let context: TemplateFileContext

    /// Wraps `table`, refusing any key that is not in `allowedKeys`.
    init(_ table: TOMLTable, path: TemplateKeyPath, context: TemplateFileContext, allowedKeys: [String])
        throws(TemplateError)
    {
        self.table = table
        self.path = path
        self.context = context
        if let unknown = table.keys.first(where: { !allowedKeys.contains($0) }) {
            throw error(.unknownKey(unknown, allowed: allowedKeys), key: unknown)
        }
    }

    /// An error at `key` of this table, or at the table itself.
    func error(_ problem: TemplateProblem, key: String? = nil) -> TemplateError {
        context.error(problem, place: path, key: key)
    }

    /// A required, non-empty text, trimmed of surrounding blank space.
    func text(_ key: String) throws(TemplateError) -> String {
        guard let text = try optionalText(key, keepEmpty: true) else {
            throw missing(key, .text)
        }
        guard !text.isEmpty else { throw error(.emptyText(key: key), key: key) }
        return text
    }

    /// An optional text, trimmed; an empty text counts as absent unless `keepEmpty`.
    func optionalText(_ key: String, keepEmpty: Bool = false) throws(TemplateError) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw wrongType(key, .text, value) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty && !keepEmpty ? nil : trimmed
    }

    /// A required id: lower-case letters a–z, digits, `.`, `-` and `_`, starting with a letter or digit.
    func id(_ key: String) throws(TemplateError) -> String {
        let id = try text(key)
        guard id.allSatisfy(Self.idCharacters.contains), let first = id.first, first.isLetter || first.isNumber else {
            throw error(.invalidID(key: key, value: id, suggestion: Self.suggestedID(for: id)), key: key)
        }
        return id
    }

    /// A required integer.
    func integer(_ key: String) throws(TemplateError) -> Int {
        guard let value = try optionalInteger(key) else { throw missing(key, .integer) }
        return value
    }

    /// An optional integer.
    func optionalInteger(_ key: String) throws(TemplateError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let integer = value.int else { throw wrongType(key, .integer, value) }
        return integer
    }

    /// A required `true` or `false`.
    func boolean(_ key: String) throws(TemplateError) -> Bool {
        guard let value = table[key] else { throw missing(key, .boolean) }
        guard let boolean = value.bool else { throw wrongType(key, .boolean, value) }
        return boolean
    }

    /// An optional list of texts; absent means empty.
    func textList(_ key: String) throws(TemplateError) -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw wrongType(key, .textList, value) }
        var texts: [String] = []
        for element in array {
            guard let text = element.string else { throw wrongType(key, .textList, element) }
            texts.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return texts
    }

    /// A required list of integers.
    func integerList(_ key: String) throws(TemplateError) -> [Int] {
        guard let value = table[key] else { throw missing(key, .integerList) }
        guard let array = value.array else { throw wrongType(key, .integerList, value) }
        var integers: [Int] = []
        for element in array {
            guard let integer = element.int else { throw wrongType(key, .integerList, element) }
            integers.append(integer)
        }
        return integers
    }

    /// A required text that must be one of `allowed`'s raw values.
    func choice<Value: RawRepresentable>(_ key: String, of allowed: [Value]) throws(TemplateError) -> Value
    where Value.RawValue == String {
        guard let value = try optionalChoice(key, of: allowed) else { throw missing(key, .text) }
        return value
    }

    /// An optional text that must be one of `allowed`'s raw values.
    func optionalChoice<Value: RawRepresentable>(_ key: String, of allowed: [Value]) throws(TemplateError)
        -> Value?
    where Value.RawValue == String {
        guard let text = try optionalText(key, keepEmpty: true) else { return nil }
        guard let value = allowed.first(where: { $0.rawValue == text }) else {
            throw error(.unknownValue(key: key, value: text, allowed: allowed.map(\.rawValue)), key: key)
        }
        return value
    }

    /// A required sub-table with its own allowed keys.
    func table(_ key: String, allowedKeys: [String]) throws(TemplateError) -> TemplateTableReader {
        guard let reader = try optionalTable(key, allowedKeys: allowedKeys) else { throw missing(key, .table) }
        return reader
    }

    /// An optional sub-table with its own allowed keys.
    func optionalTable(_ key: String, allowedKeys: [String]) throws(TemplateError) -> TemplateTableReader? {
        guard let value = table[key] else { return nil }
        guard let subtable = value.table else { throw wrongType(key, .table, value) }
        return try TemplateTableReader(
            subtable, path: path.appending(key), context: context, allowedKeys: allowedKeys)
    }

    /// An array of tables (`[[key]]`), each with the same allowed keys; absent means empty
    /// unless `required`.
    func tableList(_ key: String, allowedKeys: [String], required: Bool = false) throws(TemplateError)
        -> [TemplateTableReader]
    {
        guard let value = table[key] else {
            if required { throw missing(key, .tableList) }
            return []
        }
        guard let array = value.array else { throw wrongType(key, .tableList, value) }
        var readers: [TemplateTableReader] = []
        for (index, element) in array.enumerated() {
            guard let subtable = element.table else { throw wrongType(key, .tableList, element) }
            readers.append(
                try TemplateTableReader(
                    subtable, path: path.appending(key).appending(index), context: context,
                    allowedKeys: allowedKeys))
        }
        return readers
    }

    private func missing(_ key: String, _ type: TemplateValueType) -> TemplateError {
        error(.missingKey(key, example: type.example(key: key, tableKeys: tableKeys)))
    }

    private func wrongType(_ key: String, _ type: TemplateValueType, _ found: TOMLValueConvertible)
        -> TemplateError
    {
        let problem = TemplateProblem.wrongType(
            key: key, expected: type, found: Self.swedishName(of: found.type),
            example: type.example(key: key, tableKeys: tableKeys))
        return error(problem, key: key)
    }

    /// The keys of this table's path, without array indices, e.g. `["phases", "items"]`.
    private var tableKeys: [String] {
        path.components.compactMap {
            if case .key(let key) = $0 { key } else { nil }
        }
    }

    private static let idCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789.-_")

    private static func swedishName(of type: TOMLType) -> String {
        switch type {
        case .string: "text"
        case .int: "ett heltal"
        case .double: "ett decimaltal"
        case .bool: "true eller false"
        case .array: "en lista"
        case .table: "en tabell"
        case .date: "ett datum"
        case .time: "ett klockslag"
        case .dateTime: "en tidpunkt"
        }
    }

    /// A valid id close to `text`: lower case, å/ä → a, ö → o, anything else → `-`.
    private static func suggestedID(for text: String) -> String {
        let folded = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let replaced = String(folded.map { idCharacters.contains($0) ? $0 : "-" })
        let parts = replaced.split(separator: "-", omittingEmptySubsequences: true)
        let joined = parts.joined(separator: "-").trimmingCharacters(in: CharacterSet(charactersIn: ".-_"))
        return joined.isEmpty ? "punkt-1" : joined
    }
}
