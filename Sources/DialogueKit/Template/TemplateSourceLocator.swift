import Foundation

/// Finds the line and column of a key or table in a template file's text, so that an error
/// about a value can point at it. TOMLKit reports positions only for syntax errors; this
/// reads the usual layout (`[table]`, `[[array]]`, `key = value`, one per line) of a file
/// that has already parsed, and answers with the nearest enclosing place it knows.
struct TemplateSourceLocator: Sendable {
    /// A 1-based line and column.
    struct Position: Equatable, Sendable {
        var line: Int
        var column: Int
    }

    private var positions: [String: Position] = [:]

    /// Keys nested deeper than this are not located (templates nest four deep): building the
    /// path of every step of a 20,000-key header took seconds.
    static let maximumDepth = 32

    init(text: String) {
        var table = TemplateKeyPath.root
        var arrayCounts: [String: Int] = [:]
        var openDelimiter: String?
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let delimiter = openDelimiter {
                if rawLine.contains(delimiter) { openDelimiter = nil }
                continue
            }
            let indent = rawLine.prefix { $0 == " " || $0 == "\t" }.count
            let line = rawLine.dropFirst(indent)
            if line.hasPrefix("[[") {
                guard let keys = Self.headerKeys(line, open: "[[", close: "]]") else { continue }
                let array = resolve(keys, from: .root, counts: arrayCounts)
                let index = arrayCounts[array.description, default: 0]
                arrayCounts[array.description] = index + 1
                table = array.appending(index)
                let position = Position(line: number + 1, column: indent + 1)
                positions[table.description] = position
                if index == 0 { positions[array.description] = position }
            } else if line.hasPrefix("[") {
                guard let keys = Self.headerKeys(line, open: "[", close: "]") else { continue }
                table = resolve(keys, from: .root, counts: arrayCounts)
                positions[table.description] = Position(line: number + 1, column: indent + 1)
            } else if let (keys, valueOffset) = Self.keyAssignment(line) {
                let path = resolve(keys, from: table, counts: arrayCounts)
                positions[path.description] = Position(line: number + 1, column: indent + valueOffset + 1)
                openDelimiter = Self.openMultilineDelimiter(line.dropFirst(valueOffset))
            }
        }
    }

    /// The position of `path`, or of its nearest enclosing key or table that is on a line of its own.
    func position(of path: TemplateKeyPath) -> Position? {
        var components = path.components
        while !components.isEmpty {
            if let found = positions[TemplateKeyPath(components: components).description] { return found }
            components.removeLast()
        }
        return nil
    }

    /// Follows dotted keys from `start`, stepping into the latest element of any array of tables.
    private func resolve(_ keys: [String], from start: TemplateKeyPath, counts: [String: Int])
        -> TemplateKeyPath
    {
        var path = start
        for (offset, key) in keys.enumerated() {
            path = path.appending(key)
            if offset < keys.count - 1, let count = counts[path.description] { path = path.appending(count - 1) }
        }
        return path
    }

    /// The dotted keys of a `[a.b]` or `[[a.b]]` header made of bare keys.
    private static func headerKeys(_ line: Substring, open: String, close: String) -> [String]? {
        guard let end = line.range(of: close) else { return nil }
        let inside = line[line.index(line.startIndex, offsetBy: open.count)..<end.lowerBound]
        return bareKeys(inside)
    }

    /// The dotted bare keys before `=` and the offset where the value starts, for a `key = value` line.
    private static func keyAssignment(_ line: Substring) -> (keys: [String], valueOffset: Int)? {
        guard let equals = line.firstIndex(of: "="), let keys = bareKeys(line[..<equals]) else { return nil }
        let afterEquals = line.distance(from: line.startIndex, to: equals) + 1
        let spaces = line[line.index(after: equals)...].prefix { $0 == " " || $0 == "\t" }.count
        return (keys, afterEquals + spaces)
    }

    /// Splits `a.b.c` into bare keys; nil when anything else (quotes, brackets) is in the way, or
    /// when there are more than `maximumDepth`.
    private static func bareKeys(_ text: Substring) -> [String]? {
        let dots = text.utf8.lazy.filter { $0 == UInt8(ascii: ".") }.count
        guard dots < maximumDepth else { return nil }
        let keys = text.split(separator: ".", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        guard keys.allSatisfy({ !$0.isEmpty && $0.allSatisfy(allowed.contains) }) else { return nil }
        return keys
    }

    /// The closing delimiter when a value opens a multi-line string that does not close on the same line.
    private static func openMultilineDelimiter(_ value: Substring) -> String? {
        for delimiter in ["\"\"\"", "'''"] where value.hasPrefix(delimiter) {
            return value.dropFirst(3).contains(delimiter) ? nil : delimiter
        }
        return nil
    }
}
