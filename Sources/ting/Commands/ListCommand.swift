import ArgumentParser
import DialogueKit
import Foundation
import TerminalKit

/// `ting list`: every dialogue with its phase, progress and gate, phases past their end date and anything
/// else overdue; damaged files too. `--overdue` lists only the dialogues with something overdue.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Lista bibliotekets dialoger med fas, framsteg och kontrollfrågor.")

    @OptionGroup var library: LibraryOptions

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    @Flag(
        name: .long,
        help: "Visa bara dialoger där något är försenat: en fas, en aktivitet, en återkoppling eller en publicering.")
    var overdue = false

    func run() throws {
        let store = try library.openStore()
        let today = LocalDate(.now, calendar: .current)
        let entries = store.list().filter { entry in
            guard overdue else { return true }
            guard case .dialogue(let summary) = entry else { return false }
            return summary.due.hasOverdue(today: today)
        }
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
                let phases = d.overduePhases(today: today)
                if !phases.isEmpty {
                    fields.append("försenad: " + phases.map(\.defaultTitle).joined(separator: ", "))
                }
                let others = d.due.overdue(today: today).filter { $0.kind != .phaseEnd }
                if !others.isEmpty {
                    fields.append("försenat: " + others.map { "\($0.words) (\($0.date))" }.joined(separator: ", "))
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
