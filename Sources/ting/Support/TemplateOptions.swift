import ArgumentParser
import DialogueKit
import Foundation

/// `--templates DIR`, for the commands that read templates: folders of the user's own templates,
/// read after the built-in ones and `$XDG_CONFIG_HOME/ting/templates`.
struct TemplateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "En mapp med egna mallar (*.toml) utöver $XDG_CONFIG_HOME/ting/templates; kan anges flera gånger.",
            valueName: "mapp"))
    var templates: [String] = []

    /// The built-in templates, the user's own, and those in every `--templates` folder.
    func catalog() throws -> TemplateCatalog {
        TemplateCatalog(userDirectories: try folders())
    }

    /// The user's template folder and every `--templates` folder, each checked to exist.
    func folders() throws -> [URL] {
        var folders = [TemplateCatalog.userDirectory(environment: Environment.values)]
        for path in templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw CLIError(
                    "Mappen '\(path)' i --templates finns inte; ange en mapp som innehåller mallfiler (*.toml).")
            }
            folders.append(URL(fileURLWithPath: path, isDirectory: true))
        }
        return folders
    }
}
