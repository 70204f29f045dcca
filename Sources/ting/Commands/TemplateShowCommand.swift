import ArgumentParser
import DialogueKit

/// `ting template show ID`: everything in a template.
struct TemplateShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Visa allt i en mall.")

    @Argument(help: "Mallens id, t.ex. helsingborg.")
    var id: String

    @OptionGroup var templateFolders: TemplateOptions

    func run() throws {
        let catalog = try templateFolders.catalog()
        guard let template = catalog.template(id: id) else {
            let known = catalog.templates.map(\.id).joined(separator: ", ")
            throw CLIError("Det finns ingen mall med id '\(id)'; välj en av: \(known).")
        }
        Output.print(TemplateReport.text(template))
    }
}
