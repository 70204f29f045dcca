import Foundation

/// A table as a CSV file Swedish Excel opens as it is: UTF-8 with a byte order mark, `;` between cells, CRLF
/// line ends, RFC 4180 quoting, and cells that a spreadsheet would take for a formula made harmless.
struct CSVDocument: Equatable, Sendable {
    /// The column names, the first line.
    var header: [String]
    /// The rows, each as many cells as the header.
    var rows: [[String]]

    /// The separator Excel expects where the decimal sign is a comma, as in Sweden.
    static let separator: Character = ";"
    /// The byte order mark that tells Excel the file is UTF-8.
    static let byteOrderMark = "\u{FEFF}"

    /// The file's bytes.
    func data() -> Data {
        var text = Self.byteOrderMark
        for row in [header] + rows {
            text += row.map(Self.cell).joined(separator: String(Self.separator))
            text += "\r\n"
        }
        return Data(text.utf8)
    }

    /// One cell as written: neutralised when a spreadsheet would read it as a formula (it starts with `=`,
    /// `+`, `-`, `@`, a tab or a carriage return: OWASP's advice, a `'` in front), then quoted, inner quotes
    /// doubled, when it holds the separator, a quote or a line break.
    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
