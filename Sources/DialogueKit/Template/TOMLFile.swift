import TOMLKit

/// Reads a TOML file's text into its root table, turning a syntax error into a `TemplateError`
/// with the file, line and column; shared by the template and method catalogue parsers.
enum TOMLFile {
    static func root(of text: String, file: String) throws(TemplateError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TemplateError(
                file: file, line: error.source.begin.line, column: error.source.begin.column,
                problem: .syntax(error.description))
        } catch {
            throw TemplateError(file: file, problem: .syntax(String(describing: error)))
        }
    }
}
