import ArgumentParser
import DialogueKit
import Foundation
import TerminalKit
import TerminalNcurses
import TingApp

/// Opens the terminal UI on the library: theme, templates, store, ncurses and the runtime.
struct TUILauncher {
    let library: LibraryOptions
    let templates: TemplateOptions
    let themeName: String?

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError(
                "ting behöver en terminal för att visa biblioteket; använd underkommandona (t.ex. `ting list`) i skript."
            )
        }
        let store = try library.openStore()
        let config = Environment.configDirectory
        let settings = Settings.load(from: config)
        let templateFolders = try templates.folders()
        let (theme, themeWarning) = ThemeCatalog.load(
            name: themeName ?? settings.theme, userDirectory: config.appendingPathComponent("themes"),
            noColor: Environment.noColor)
        let warnings = [themeWarning, settings.warning].compactMap { $0 }

        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: theme)
        } catch {
            throw CLIError("\(error)")
        }
        defer { terminal.shutdown() }
        let runtime = Runtime(terminal: terminal, store: store, actor: Environment.actor) {
            let catalog = TemplateCatalog(userDirectories: templateFolders)
            return Catalogs(
                templates: catalog.templates, methodCards: MethodCatalog.builtIn,
                problems: catalog.problems.map(\.description))
        }
        runtime.run(initialStatus: warnings.first.map { StatusLine($0, isError: true) })
        // Ctrl-C exits 130, SIGTERM 143 and SIGHUP 129, as shells expect; the terminal is restored first.
        if let signal = terminal.terminatingSignal { throw ExitCode(128 + signal) }
    }
}
