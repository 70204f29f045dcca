import ArgumentParser
import DialogueKit
import Foundation
import TerminalKit

/// `ting list`: every dialogue with its phase, progress and gate; damaged files too.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Lista bibliotekets dialoger med fas, framsteg och kontrollfrågor.")

    @OptionGroup var library: LibraryOptions

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    func run() throws {
        let entries = try library.openStore().list()
        if json {
            Output.printJSON(try ListJSON.encode(entries))
            return
        }
        var lines: [String] = []
        for entry in entries {
            switch entry {
            case .dialogue(let d):
                let fields = [
                    d.stem, d.title, d.currentPhase.defaultTitle, "\(d.progress.done)/\(d.progress.total)",
                    d.gate.shortWord, d.isReadOnly ? "skrivskyddad" : "",
                ]
                lines.append(fields.joined(separator: "\t").trimmingCharacters(in: .whitespaces))
            case .damaged(let file):
                lines.append("SKADAD\t\(file.fileName)\t\(file.reason)")
            }
        }
        if !lines.isEmpty { Output.print(lines.joined(separator: "\n")) }
    }
}
