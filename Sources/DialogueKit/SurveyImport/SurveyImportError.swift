import TextSafety

/// Why a survey export could not be read: each names the file, the place and the fix in one Swedish
/// sentence, e.g. `enkät.csv, rad 4: ett citattecken står fel …`.
public enum SurveyImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read at all (missing, not a plain file, too large, not UTF-8).
    case unreadable(file: String, reason: TextFile.Failure)
    /// The file holds no header row.
    case empty(file: String)
    /// `--column NAME` names no column of the header row.
    case noSuchColumn(file: String, name: String, columns: [String])
    /// No column was named, the header has several, and none is called text, synpunkt or svar.
    case noTextColumn(file: String, columns: [String])
    /// More than one column could be the text: `matches` are their names.
    case ambiguousColumn(file: String, matches: [String])
    /// A quote stands where CSV allows none: inside a field that does not start with one, or right
    /// after the closing quote of a field.
    case misplacedQuote(file: String, line: Int)
    /// A quoted field is opened on `line` and never closed, so the rest of the file would be one field.
    case unclosedQuote(file: String, line: Int)
    /// The row on `line` has more non-empty fields than the header row has columns.
    case tooManyFields(file: String, line: Int, fields: Int, columns: Int, separator: Character)
    /// The text column is empty on every row.
    case noAnswers(file: String, column: String)

    /// The sentence the CLI prints.
    public var description: String {
        switch self {
        case .unreadable(let file, .notUTF8):
            "\(SafeText.clean(file)) kunde inte läsas: texten är inte UTF-8; spara den som CSV UTF-8 (i Excel: Spara som › CSV UTF-8)."
        case .unreadable(let file, let reason):
            "\(SafeText.clean(file)) kunde inte läsas: \(reason.reason)."
        case .empty(let file):
            "\(SafeText.clean(file)) är tom: en enkätexport behöver en rubrikrad med kolumnernas namn och sedan en rad per svar."
        case .noSuchColumn(let file, let name, let columns):
            "\(SafeText.clean(file)) har ingen kolumn '\(Self.shown(name))'; kolumnerna är "
                + "\(Self.list(columns)): ange en av dem med --column."
        case .noTextColumn(let file, let columns):
            "\(SafeText.clean(file)) har flera kolumner (\(Self.list(columns))) men ingen heter text, synpunkt eller svar: "
                + "ange textens kolumn med --column NAMN."
        case .ambiguousColumn(let file, let matches):
            "\(SafeText.clean(file)) har flera kolumner som kan vara texten (\(Self.list(matches))): "
                + "ge dem olika namn i filen, eller ange en annan med --column NAMN."
        case .misplacedQuote(let file, let line):
            "\(SafeText.clean(file)), rad \(line): ett citattecken står mitt i ett fält eller direkt efter ett avslutande "
                + "citattecken; sätt hela fältet inom citattecken och skriv citattecken i texten dubbelt (\"\")."
        case .unclosedQuote(let file, let line):
            "\(SafeText.clean(file)), rad \(line): ett citattecken öppnar ett fält som aldrig stängs, så resten av filen "
                + "skulle bli ett enda svar; lägg till det avslutande citattecknet."
        case .tooManyFields(let file, let line, let fields, let columns, let separator):
            "\(SafeText.clean(file)), rad \(line): raden har \(fields) fält men rubrikraden \(columns); sätt citattecken "
                + "runt text som innehåller \(separator)."
        case .noAnswers(let file, let column):
            "\(SafeText.clean(file)) har inga svar i kolumnen '\(Self.shown(column))': "
                + "välj en annan kolumn med --column, eller en annan fil."
        }
    }

    /// Column names from the file as a message lists them: excerpts on one line, at most `SafeText.listedNames`.
    private static func list(_ columns: [String]) -> String {
        SafeText.excerpts(columns.map { SafeText.clean($0) })
    }

    /// A name from the file or the command line as the sentence quotes it: an excerpt, on one line.
    private static func shown(_ name: String) -> String {
        SafeText.clean(SafeText.excerpt(name))
    }
}
