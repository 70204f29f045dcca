import ArgumentParser
import DialogueKit

/// `ting template`: the templates (handbooks) Ting knows.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "Visa mallarna (handböckerna).",
        subcommands: [TemplateListCommand.self, TemplateShowCommand.self, TemplateCheckCommand.self])
}
