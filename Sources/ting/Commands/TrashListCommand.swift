import ArgumentParser
import DialogueKit
import Foundation

/// `ting trash list`: every dialogue in the trash, most recently deleted first.
struct TrashListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Lista dialogerna i papperskorgen: namn, när de togs bort och titel.")

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let store = try library.openStore()
        let trashed: [TrashedDialogue]
        do {
            trashed = try store.trashed()
        } catch {
            throw CLIError(error.description)
        }
        for entry in trashed {
            Output.printFields([
                entry.name, entry.deletedAt.minuteText(in: .current), entry.title ?? "(går inte att läsa)",
            ])
        }
    }
}
