import ArgumentParser

/// `ting`: alone it opens the terminal UI; its subcommands script the same library.
@main
struct Ting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ting",
        abstract: "Planera och genomför invånardialoger enligt kommunernas handböcker.",
        discussion: """
            Utan underkommando öppnar ting biblioteket i terminalen. Underkommandona arbetar mot \
            samma bibliotek och passar för skript.
            """,
        version: TingVersion.string,
        subcommands: [
            NewCommand.self, ListCommand.self, ShowCommand.self, TickCommand.self, AnswerCommand.self,
            HistoryCommand.self, RestoreCommand.self, TrashCommand.self, TemplateCommand.self,
        ]
    )

    @OptionGroup var library: LibraryOptions

    @OptionGroup var templateFolders: TemplateOptions

    @Option(name: .long, help: "Färgtema: dark, light, high-contrast, monochrome eller ett eget.")
    var theme: String?

    func run() throws {
        try TUILauncher(library: library, templates: templateFolders, themeName: theme).run()
    }
}
