import ArgumentParser
import DialogueKit
import Foundation

/// `ting restore`: makes an earlier version of a dialogue the current one; the current one is kept.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Gör en sparad version (se `ting history`) till den nuvarande; den nuvarande sparas som version.")

    @OptionGroup var target: DialogueArguments

    @Argument(help: "Versionens nummer i `ting history` (2 är versionen före den nuvarande).")
    var version: Int

    func run() throws {
        let store = try target.library.openStore()
        do {
            let stem = try store.resolve(target.dialogue)
            let restored = try store.restore(version: version, of: stem, by: Environment.actor, at: .now)
            let when = restored.savedAt.minuteText(in: .current)
            Output.print("Återställde version \(version) av \(stem) (sparad \(when) av \(restored.author ?? "okänd")):")
            for change in try store.history(of: stem).first?.changes ?? [] { Output.print("    \(change)") }
            Output.print("Den förra nuvarande versionen är nu version 2 i `ting history \(stem)`.")
        } catch {
            throw CLIError(error.description)
        }
    }
}
