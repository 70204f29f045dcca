import ArgumentParser
import DialogueKit

/// `ting template list`: every template with its source.
struct TemplateListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Lista mallarna med källa.")

    func run() throws {
        let catalog = Environment.templateCatalog()
        let lines = catalog.templates.map { "\($0.id)\tv\($0.version)\t\($0.name)\t\($0.source.citation)" }
        Output.print(lines.joined(separator: "\n"))
        for problem in catalog.problems { Output.print("Mallproblem: \(problem.description)") }
    }
}
