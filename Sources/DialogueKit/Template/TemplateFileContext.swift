/// The file a template is read from, for errors that name the file and the place.
struct TemplateFileContext: Sendable {
    /// The file as shown to the user.
    let file: String
    let locator: TemplateSourceLocator

    init(file: String, text: String) {
        self.file = file
        self.locator = TemplateSourceLocator(text: text)
    }

    /// An error at `key` of the table at `place` (or at the table itself), with the line and
    /// column of the nearest place the locator finds.
    func error(_ problem: TemplateProblem, place: TemplateKeyPath, key: String? = nil) -> TemplateError {
        let position = locator.position(of: key.map { place.appending($0) } ?? place)
        return TemplateError(
            file: file, line: position?.line, column: position?.column, place: place.description, problem: problem)
    }
}
