/// The handbook a template is taken from.
public struct TemplateSource: Codable, Equatable, Sendable {
    public var municipality: String
    public var title: String
    public var year: Int?
    /// Where the handbook says how it was adopted, e.g. "antagen av KF 2016-… §…".
    public var adoption: String?

    public init(municipality: String, title: String, year: Int? = nil, adoption: String? = nil) {
        self.municipality = municipality
        self.title = title
        self.year = year
        self.adoption = adoption
    }

    /// "Helsingborg: Att arbeta med invånardialog (2016)".
    public var citation: String {
        var text = "\(municipality): \(title)"
        if let year { text += " (\(year))" }
        return text
    }
}
