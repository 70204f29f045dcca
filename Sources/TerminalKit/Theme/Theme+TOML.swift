extension Theme {
    /// Reads a theme from the text of a TOML theme file; `file` names it in error messages.
    /// A role the file leaves out is drawn like `normal`.
    public init(toml text: String, file: String) throws(ThemeError) {
        self = try ThemeFileReader(file: file).read(text)
    }
}
