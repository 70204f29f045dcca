import ArgumentParser
import DialogueKit
import Foundation

/// `ting input list`: the visible inputs, oldest first, filtered by activity, category or tag.
struct InputListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lista inspelen: id, tid, aktivitet, kategori, teman och text, äldst först.")

    @OptionGroup var target: DialogueArguments

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    @Option(name: .long, help: "Bara inspel från aktiviteten med detta id.")
    var activity: String?

    @Option(name: .long, help: "Bara inspel i kategorin med detta id.")
    var category: String?

    @Option(name: .long, help: "Bara inspel med detta tema.")
    var tag: String?

    func run() throws {
        let dialogue = try target.load().1.dialogue
        if let activity, dialogue.activity(activity) == nil {
            throw CLIError(DialogueError.noSuchActivity(activity).description)
        }
        if let category, dialogue.inputCategory(category) == nil {
            throw CLIError(
                DialogueError.noSuchCategory(category, known: dialogue.inputCategories.map(\.id)).description)
        }
        let inputs = dialogue.inputs(matching: InputFilter(activity: activity, category: category, tag: tag))
        if json {
            try Output.printJSON(encoding: inputs)
            return
        }
        for input in inputs {
            Output.printFields([
                input.id, input.capturedAt.minuteText(in: .current), input.activity ?? "", input.category ?? "",
                input.tags.joined(separator: ", "), input.text,
            ])
        }
    }
}
