import ArgumentParser
import DialogueKit
import Foundation

/// `ting new`: creates a dialogue from a template and prints its name.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Skapa en ny dialog från en mall (handbok).")

    @OptionGroup var library: LibraryOptions

    @OptionGroup var templateFolders: TemplateOptions

    @Option(name: .long, help: "Mallens id, t.ex. helsingborg (se `ting template list`).")
    var template: String = "helsingborg"

    @Option(name: .long, help: "Dialogens namn.")
    var title: String?

    @Flag(name: .long, help: "Skapa den ifyllda exempeldialogen i stället.")
    var example = false

    func run() throws {
        let catalog = try templateFolders.catalog()
        let templateID = example ? ExampleDialogue.templateID : template
        guard let chosen = catalog.template(id: templateID) else {
            let known = catalog.templates.map(\.id).joined(separator: ", ")
            throw CLIError("Det finns ingen mall med id '\(templateID)'; välj en av: \(known).")
        }
        let dialogue: Dialogue
        if example {
            dialogue = ExampleDialogue.make(template: chosen, now: .now, calendar: .current)
        } else {
            let name = (title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw CLIError("Ange dialogens namn med --title \"…\".") }
            dialogue = Dialogue(template: chosen, title: name, now: .now)
        }
        let store = try library.openStore()
        do {
            Output.print(try store.create(dialogue))
        } catch {
            throw CLIError(error.description)
        }
    }
}
