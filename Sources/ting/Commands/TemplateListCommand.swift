import ArgumentParser
import DialogueKit

/// `ting template list`: every template with its source.
struct TemplateListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Lista mallarna med källa.")

    @OptionGroup var templateFolders: TemplateOptions

    func run() throws {
        let catalog = try templateFolders.catalog()
        for template in catalog.templates {
            Output.printFields([template.id, "v\(template.version)", template.name, template.source.citation])
        }
        for problem in catalog.problems { Output.print("Mallproblem: \(problem.description)") }
    }
}
