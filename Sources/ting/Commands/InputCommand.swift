import ArgumentParser

/// `ting input`: what residents said or wrote (underlaget): capture, list, import a survey.
struct InputCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "input", abstract: "Fånga, lista och importera inspel (underlaget).",
        subcommands: [InputAddCommand.self, InputListCommand.self, InputImportCommand.self])
}
