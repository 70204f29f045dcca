/// Why a template file was refused: the file, the place (line and column where known, and
/// the key path) and one Swedish sentence on what is wrong and what to write instead, e.g.
/// `helsingborg.toml:12:8: okänd kind 'gat' i phases[0].items[1]; skriv en av check, gate, …`.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as shown to the user: a path for user templates, a name for built-ins.
    public var file: String
    /// 1-based line, where known.
    public var line: Int?
    /// 1-based column, where known.
    public var column: Int?
    /// Key path of the table the problem is in, e.g. `phases[0].items[1]`; empty for the top level.
    public var place: String
    /// What is wrong, and so what to write instead.
    public var problem: TemplateProblem

    /// An error in `file` at `place` (and at `line`:`column` where known).
    public init(file: String, line: Int? = nil, column: Int? = nil, place: String = "", problem: TemplateProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.place = place
        self.problem = problem
    }

    /// `file:line:column: sentence`, or `file: sentence` where the line is not known.
    public var description: String {
        var prefix = file
        if let line {
            prefix += ":\(line)"
            if let column { prefix += ":\(column)" }
        }
        return "\(prefix): \(problem.sentence(place: place))"
    }
}
