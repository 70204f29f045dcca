import ArgumentParser
import DialogueKit
import Foundation

/// `--dir`, shared by every command: which library folder to use.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: "Bibliotekets mapp (annars $TING_DIR, $XDG_DATA_HOME/ting eller ~/.local/share/ting).")
    var dir: String?

    /// The library folder this invocation uses.
    var folder: URL {
        LibraryLocation.resolve(explicit: dir, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store, turning a failure into a clean CLI error.
    func openStore() throws -> DialogueStore {
        do {
            return try DialogueStore(folder: folder)
        } catch {
            throw CLIError(error.description)
        }
    }
}
