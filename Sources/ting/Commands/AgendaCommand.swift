import ArgumentParser
import DialogueKit
import Foundation

/// `ting agenda`: what is due across the library, the overdue first and marked, then what falls due
/// within some days, soonest first; one line each with the dialogue's title and file name.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract:
            "Lista det som ska göras i bibliotekets dialoger: det försenade först, sedan det som närmast infaller.",
        discussion: """
            En rad per sak: datum, försenad eller hur långt dit, slag (fas, aktivitet, återkoppling, \
            publicering), vad, dialogens namn och filnamn, åtskilda av tabb. Det som är försenat visas \
            alltid; det som infaller inom --days dagar från i dag (30 om inget anges).
            """)

    @OptionGroup var library: LibraryOptions

    @Option(name: .long, help: "Visa det som infaller inom så många dagar från i dag (30 om inget anges).")
    var days = 30

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    /// The longest look ahead: a hundred years.
    static let maximumDays = 36_500

    func validate() throws {
        guard (0...Self.maximumDays).contains(days) else {
            throw CLIError("--days ska vara ett antal dagar från 0 till \(Self.maximumDays), till exempel --days 14.")
        }
    }

    func run() throws {
        let store = try library.openStore()
        let today = LocalDate(.now, calendar: .current)
        let agenda = LibraryAgenda(store.list(), today: today, days: days)
        if json {
            try AgendaJSON.print(agenda)
            return
        }
        if agenda.rows.isEmpty {
            Output.print("Inget är försenat och inget infaller \(Self.horizonText(days)).")
        }
        for row in agenda.rows {
            Output.printFields([
                row.item.date.description, Self.whenText(row), row.item.kind.word, row.item.words, row.title, row.stem,
            ])
        }
    }

    /// «! försenad 3 dagar», «i dag», «i morgon», «om 12 dagar».
    static func whenText(_ row: LibraryAgenda.Row) -> String {
        switch row.daysFromToday {
        case ..<0: "! försenad \(daysText(-row.daysFromToday))"
        case 0: "i dag"
        case 1: "i morgon"
        default: "om \(daysText(row.daysFromToday))"
        }
    }

    /// «i dag», «i dag eller i morgon», «de närmaste 30 dagarna».
    private static func horizonText(_ days: Int) -> String {
        switch days {
        case 0: "i dag"
        case 1: "i dag eller i morgon"
        default: "de närmaste \(days) dagarna"
        }
    }

    /// «1 dag», «2 dagar».
    private static func daysText(_ count: Int) -> String {
        count == 1 ? "1 dag" : "\(count) dagar"
    }
}
