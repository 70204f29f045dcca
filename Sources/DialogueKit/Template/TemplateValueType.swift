/// The kinds of value a template file's keys take, with the Swedish words and examples
/// that error messages use.
public enum TemplateValueType: String, Equatable, Sendable {
    /// A string, `key = "…"`.
    case text
    /// A whole number, `key = 1`.
    case integer
    /// `true` or `false`.
    case boolean
    /// A list of strings, `key = ["…", "…"]`.
    case textList
    /// A list of whole numbers, `key = [1, 2]`.
    case integerList
    /// A table, `[key]` or `key = { … }`.
    case table
    /// An array of tables, `[[key]]`.
    case tableList

    /// The Swedish name with an article, e.g. "ett heltal".
    public var swedishName: String {
        switch self {
        case .text: "text"
        case .integer: "ett heltal"
        case .boolean: "true eller false"
        case .textList: "en lista med text"
        case .integerList: "en lista med heltal"
        case .table: "en tabell"
        case .tableList: "en lista med tabeller"
        }
    }

    /// How to write a value of this type for `key` inside the table named by `tableKeys`
    /// (empty at the top level), e.g. `version = 1`, `[source]` or `[[phases.items]]`.
    public func example(key: String, tableKeys: [String]) -> String {
        switch self {
        case .text: "\(key) = \"…\""
        case .integer: "\(key) = 1"
        case .boolean: "\(key) = true"
        case .textList: "\(key) = [\"…\", \"…\"]"
        case .integerList: "\(key) = [1, 2]"
        case .table: tableKeys.isEmpty ? "[\(key)]" : "\(key) = { … }"
        case .tableList: "[[\((tableKeys + [key]).joined(separator: "."))]]"
        }
    }
}
