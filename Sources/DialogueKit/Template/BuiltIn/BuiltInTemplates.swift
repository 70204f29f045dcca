/// The templates that ship inside the binary, so an installed `ting` works without the
/// source tree. SwiftPM embeds the files of `templates/` at build time (see `Package.swift`).
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
