/// The templates that ship inside the binary, so an installed `ting` works without the
/// source tree. Their texts are generated from `templates/*.toml` by `scripts/embed-templates.sh`.
public enum BuiltInTemplates {
    /// Every built-in template, parsed, in file name order.
    public static let all: [Template] = files.map { file in
        do {
            return try Template(toml: file.text, file: file.name)
        } catch {
            // The test suite parses every file in templates/, so this is a build defect, not user input.
            preconditionFailure("built-in template \(error)")
        }
    }
}
