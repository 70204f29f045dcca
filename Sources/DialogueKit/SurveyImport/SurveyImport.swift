import Foundation
import SwiftCSV
import TextSafety

/// A survey export read as CSV (UTF-8, with or without a byte order mark, `,` `;` or tab between
/// fields, the separator guessed from the header row or named by Excel's `sep=` line before it): the answers of its text column, each with the line its row starts on.
/// Parsing is SwiftCSV's; this type picks the column, numbers the lines and refuses what CSV does
/// not allow, so a file is read whole or not at all.
public struct SurveyImport: Equatable, Sendable {
    /// The names a text column may have when `--column` names none and the header has several.
    public static let textColumnNames = ["text", "synpunkt", "svar"]
    /// 64 MiB: far above any survey export, low enough that no file can swamp Ting.
    public static let sizeLimit = 64 << 20

    /// The file as shown to the user.
    public var file: String
    /// The names in the header row, trimmed.
    public var columns: [String]
    /// The name of the column the answers were taken from.
    public var column: String
    /// Every row with text in the column, in file order.
    public var answers: [SurveyAnswer]
    /// The lines of the rows whose text column is empty (a respondent who left the question blank).
    public var blankLines: [Int]

    /// Reads the survey export at `url`, shown to the user as `file`, taking the text from the
    /// column named `column` (matched ignoring case), else the only column, else the one named
    /// text, synpunkt or svar.
    public static func read(
        contentsOf url: URL, shownAs file: String, column: String?
    ) throws(SurveyImportError) -> SurveyImport {
        let text: String
        do {
            text = try TextFile.text(at: url, limit: sizeLimit)
        } catch {
            throw .unreadable(file: file, reason: error)
        }
        return try SurveyImport(csv: text, file: file, column: column)
    }

    /// Reads the CSV `text` of the survey export `file`, choosing the text column as `read` does.
    public init(csv text: String, file: String, column: String?) throws(SurveyImportError) {
        self.file = file
        var body = Substring(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        var firstLine = 1
        let separator: CSVDelimiter
        if let named = Self.namedSeparator(in: body) {
            // Excel's `sep=;` line names the separator and is no row.
            separator = named
            body = body.drop { !$0.isNewline }.dropFirst()
            firstLine = 2
        } else {
            separator = Self.separator(of: String(body))
        }
        var rows = try Self.rows(of: String(body), startingOn: firstLine, separator: separator, file: file)
        rows.removeAll { $0.isBlank }  // blank lines separate nothing and hold no answer
        guard let header = rows.first else { throw .empty(file: file) }
        columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let index = try Self.textColumn(named: column, in: columns, file: file)
        self.column = columns[index]
        answers = []
        blankLines = []
        let width = columns.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
        for row in rows.dropFirst() {
            let used = row.fields.lastIndex { !$0.allSatisfy(\.isWhitespace) }.map { $0 + 1 } ?? 0
            if used > max(width, index + 1) {
                throw .tooManyFields(
                    file: file, line: row.line, fields: used, columns: width, separator: separator.rawValue)
            }
            let answer = index < row.fields.count ? Self.answerText(row.fields[index]) : ""
            if answer.isEmpty {
                blankLines.append(row.line)
            } else {
                answers.append(SurveyAnswer(text: answer, line: row.line))
            }
        }
        if answers.isEmpty { throw .noAnswers(file: file, column: self.column) }
    }

    /// One parsed row: its fields and the line it starts on.
    private struct Row {
        var fields: [String]
        var line: Int

        /// Whether every field is empty or white space (line breaks included).
        var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    }

    /// Every row of `text`, numbered by the line it starts on: a row ends at one line break, and
    /// the line breaks inside its quoted fields move the next row's line on as well.
    private static func rows(
        of text: String, startingOn firstLine: Int, separator: CSVDelimiter, file: String
    ) throws(SurveyImportError) -> [Row] {
        var rows: [Row] = []
        var nextLine = firstLine
        do {
            // rowLimit 0: the initialiser reads only the header; the rows come once, below.
            let csv = try EnumeratedCSV(string: text, delimiter: separator, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { fields in
                rows.append(Row(fields: fields, line: nextLine))
                nextLine += 1 + fields.reduce(0) { $0 + $1.count(where: \.isNewline) }
            }
        } catch {
            // SwiftCSV throws only on a misplaced quote, in the row after the last one it finished.
            throw .misplacedQuote(file: file, line: nextLine)
        }
        // Every quote SwiftCSV accepts opens and closes a field or is doubled inside one; an odd
        // count means the last row's quote was never closed, which SwiftCSV lets pass at the end.
        if text.utf8.count(where: { $0 == UInt8(ascii: "\"") }) % 2 == 1 {
            throw .unclosedQuote(file: file, line: rows.last?.line ?? firstLine)
        }
        return rows
    }

    /// The separator a first line `sep=;` (or `sep=,`, `sep=<tab>`) names, as Excel writes and reads it.
    private static func namedSeparator(in text: Substring) -> CSVDelimiter? {
        let line = text.prefix { !$0.isNewline }
        guard line.count == 5, line.lowercased().hasPrefix("sep="), let character = line.last,
            [",", ";", "\t"].contains(character)
        else { return nil }
        return CSVDelimiter(unicodeScalarLiteral: character)
    }

    /// The separator of the header line (`,`, `;` or tab, as SwiftCSV guesses it); a header without
    /// one is a single column, whose answers may hold commas unquoted, so then the separator is the
    /// unit separator U+001F, which no survey text holds.
    private static func separator(of text: String) -> CSVDelimiter {
        let guessed = CSVDelimiter.guessed(string: text)
        let headerLine = text.drop { $0.isNewline }.prefix { !$0.isNewline }
        return headerLine.contains(guessed.rawValue) ? guessed : .character("\u{1F}")
    }

    /// The index of the text column in `columns`: the one named `name`, else the only one, else the
    /// one named as in `textColumnNames`.
    private static func textColumn(
        named name: String?, in columns: [String], file: String
    ) throws(SurveyImportError) -> Int {
        func matching(_ wanted: [String]) -> [Int] {
            columns.indices.filter { index in
                wanted.contains { $0.compare(columns[index], options: .caseInsensitive) == .orderedSame }
            }
        }
        let named = columns.filter { !$0.isEmpty }
        let candidates: [Int]
        if let name {
            let wanted = name.trimmingCharacters(in: .whitespaces)
            candidates = matching([wanted])
            if candidates.isEmpty { throw .noSuchColumn(file: file, name: wanted, columns: named) }
        } else if named.count == 1, let only = columns.firstIndex(where: { !$0.isEmpty }) {
            candidates = [only]
        } else {
            candidates = matching(textColumnNames)
            if candidates.isEmpty { throw .noTextColumn(file: file, columns: named) }
        }
        guard candidates.count == 1 else { throw .ambiguousColumn(file: file, matches: candidates.map { columns[$0] }) }
        return candidates[0]
    }

    /// A field as an answer: line breaks as `\n`, outer whitespace and line breaks trimmed.
    private static func answerText(_ field: String) -> String {
        let text = field.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
