/// The file a template is read from, for errors that name the file and the place.
struct TemplateFileContext: Sendable {
    /// The file as shown to the user.
    let file: String
    /// The file's text, read again for line numbers only when there is an error to place.
    let text: String

    /// An error at `key` of the table at `place` (or at the table itself), with the line and
    /// column of the nearest place the locator finds.
    func error(_ problem: TemplateProblem, place: TemplateKeyPath, key: String? = nil) -> TemplateError {
        let position = TemplateSourceLocator(text: text).position(of: key.map { place.appending($0) } ?? place)
        return TemplateError(
            file: file, line: position?.line, column: position?.column, place: place.description, problem: problem)
    }
}
