import Foundation
import TextSafety

/// The templates to choose from: the built-in ones, then every `*.toml` in the user's template
/// folders. A user template that cannot be used (broken, or reusing a taken id) is listed in
/// `problems` and never stops the rest.
public struct TemplateCatalog: Sendable {
    /// Every usable template: built-ins first, then user templates by folder and file name.
    public private(set) var templates: [Template]
    /// Why user template files were left out, one error per file.
    public private(set) var problems: [TemplateError] = []

    /// Loads every `*.toml` (hidden files aside) in `userDirectories`; a folder that does not
    /// exist simply adds nothing.
    public init(builtIn: [Template] = BuiltInTemplates.all, userDirectories: [URL]) {
        templates = builtIn
        var owners: [String: String] = [:]
        for template in builtIn where owners[template.id] == nil {
            owners[template.id] = Self.owner(builtIn: template)
        }
        for directory in userDirectories {
            for file in templateFiles(in: directory) {
                load(file, owners: &owners)
            }
        }
    }

    /// The template with this id, if any.
    public func template(id: String) -> Template? {
        templates.first { $0.id == id }
    }

    /// Where the user's own templates live: `$XDG_CONFIG_HOME/ting/templates`, else
    /// `~/.config/ting/templates` (XDG's rule: a relative `XDG_CONFIG_HOME` is ignored).
    public static func userDirectory(environment: [String: String]) -> URL {
        let config: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            config = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            config = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config")
        }
        return config.appendingPathComponent("ting").appendingPathComponent("templates")
    }

    /// The `*.toml` files of a folder in name order; a folder that cannot be listed is a problem.
    private mutating func templateFiles(in directory: URL) -> [URL] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }
                .sorted()
                .map { directory.appendingPathComponent($0) }
        } catch {
            problems.append(TemplateError(file: directory.path, problem: .unreadable(Self.reason(error))))
            return []
        }
    }

    /// Reads and parses one user file, adding it to `templates` or its error to `problems`.
    private mutating func load(_ file: URL, owners: inout [String: String]) {
        do {
            let (template, text) = try Self.read(file, shownAs: file.path)
            if let owner = owners[template.id] {
                let context = TemplateFileContext(file: file.path, text: text)
                problems.append(
                    context.error(.duplicateTemplateID(template.id, usedBy: owner), place: .root, key: "id"))
                return
            }
            owners[template.id] = "mallen i \(file.path)"
            templates.append(template)
        } catch {
            problems.append(error)
        }
    }

    /// Checks the template file at `path` as Ting would load it from a user folder: it must read,
    /// parse and not reuse the id of a built-in template (unless it is that template's own text).
    /// Errors name the file as `path`.
    public static func check(path: String) throws(TemplateError) -> Template {
        let (template, text) = try read(URL(fileURLWithPath: path), shownAs: path)
        for (file, builtIn) in zip(BuiltInTemplates.files, BuiltInTemplates.all)
        where builtIn.id == template.id && file.text != text {
            let context = TemplateFileContext(file: path, text: text)
            throw context.error(
                .duplicateTemplateID(template.id, usedBy: owner(builtIn: builtIn)), place: .root, key: "id")
        }
        return template
    }

    /// The template in `file` and the file's text; errors name the file `name`.
    private static func read(_ file: URL, shownAs name: String) throws(TemplateError) -> (Template, String) {
        let text: String
        do {
            text = try TextFile.text(at: file)
        } catch {
            throw TemplateError(file: name, problem: .unreadable(error.reason))
        }
        return (try Template(toml: text, file: name), text)
    }

    /// How errors name a built-in template that owns an id.
    private static func owner(builtIn template: Template) -> String {
        "den inbyggda mallen '\(template.name)'"
    }

    /// A short Swedish reason for a folder that could not be listed, in `TextFile`'s words for a file.
    private static func reason(_ error: Error) -> String {
        switch (error as? CocoaError)?.code {
        case .fileReadNoPermission?: TextFile.Failure.noPermission.reason
        case .fileReadNoSuchFile?: TextFile.Failure.missing.reason
        default: error.localizedDescription
        }
    }
}
