import ArgumentParser
import DialogueKit

/// `ting trash restore`: puts a dialogue back into the library from the trash.
struct TrashRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Lägg tillbaka en dialog från papperskorgen, under sitt gamla namn eller ett ledigt numrerat.")

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Namnet som `ting trash list` visar, eller dialogens gamla namn om bara en hade det.")
    var name: String

    func run() throws {
        let store = try library.openStore()
        do {
            let stem = try store.restoreFromTrash(name)
            Output.print("Lade tillbaka \(name) som \(stem).json.")
        } catch {
            throw CLIError(error.description)
        }
    }
}
