extension Template {
    /// Reads a template from its TOML text; `file` names it in errors (a path or a file name).
    /// The format is described in `TEMPLATES.md`.
    public init(toml: String, file: String) throws(TemplateError) {
        self = try TemplateParser(text: toml, file: file).parse()
    }
}
