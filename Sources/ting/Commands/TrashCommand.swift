import ArgumentParser

/// `ting trash`: the library's deleted dialogues.
struct TrashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trash", abstract: "Visa papperskorgen och lägg tillbaka dialoger från den.",
        subcommands: [TrashListCommand.self, TrashRestoreCommand.self])
}
