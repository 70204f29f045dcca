import ArgumentParser
import DialogueKit
import Foundation
import TerminalKit

/// `ting list`: every dialogue with its phase, progress and gate, and phases past their end date;
/// damaged files too.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Lista bibliotekets dialoger med fas, framsteg och kontrollfrågor.")

    @OptionGroup var library: LibraryOptions

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    func run() throws {
        let store = try library.openStore()
        let entries = store.list()
        let today = LocalDate(.now, calendar: .current)
        let open = Dictionary(grouping: store.presences(), by: \.stem)
        if json {
            try ListJSON.print(entries, today: today, open: open)
            return
        }
        for entry in entries {
            switch entry {
            case .dialogue(let d):
                var fields = [
                    d.stem, d.title, d.currentPhase.defaultTitle, "\(d.progress.done)/\(d.progress.total)",
                    d.gate.shortWord,
                ]
                if d.isReadOnly { fields.append("skrivskyddad") }
                for presence in open[d.stem] ?? [] { fields.append(Self.openText(presence)) }
                let overdue = d.overduePhases(today: today)
                if !overdue.isEmpty {
                    fields.append("försenad: " + overdue.map(\.defaultTitle).joined(separator: ", "))
                }
                Output.printFields(fields)
            case .damaged(let file):
                Output.printFields(["SKADAD", file.fileName, file.reason])
            }
        }
    }

    /// «öppen hos anna@radhus sedan 10:02», in local time.
    private static func openText(_ presence: DialoguePresence) -> String {
        "öppen hos \(presence.identity.name) sedan \(presence.sinceTimeOfDay(in: .current))"
    }
}
