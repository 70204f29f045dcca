import ArgumentParser
import Foundation

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
            ActivityCommand.self, AttendCommand.self, InputCommand.self, FeedbackCommand.self, ExportCommand.self,
            RespondCommand.self, DecisionCommand.self,
        ]
    )

    @OptionGroup var library: LibraryOptions

    @OptionGroup var templateFolders: TemplateOptions

    @Option(name: .long, help: "Färgtema: dark, light, high-contrast, monochrome, projector eller ett eget.")
    var theme: String?

    /// Runs the command line as ArgumentParser's own `main()` does, but writes every message, help
    /// and errors alike, through `Output`, so a value quoted from a file never reaches the terminal raw.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // Ting's own errors are one Swedish sentence; ArgumentParser's would put "Error: " before it.
            let message = (error as? CLIError)?.description ?? fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Output.print(message) } else { Output.printError(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }

    func run() throws {
        try TUILauncher(library: library, templates: templateFolders, themeName: theme).run()
    }
}
