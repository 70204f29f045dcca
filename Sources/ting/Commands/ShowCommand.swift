import ArgumentParser
import DialogueKit
import Foundation

/// `ting show`: the whole plan as text or JSON.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Visa hela planen: faser, punkter, svar, kontrollfrågornas resultat, målgrupper, mål, aktiviteter med "
            + "närvaro, underlaget (inspelen), återkopplingen (svar, beslut, omgångar) och varningar.")

    @OptionGroup var target: DialogueArguments

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    func run() throws {
        let (_, loaded) = try target.load()
        if json {
            Output.printJSON(try DialogueReport.json(loaded.dialogue, today: LocalDate(.now, calendar: .current)))
        } else {
            Output.print(
                DialogueReport.text(loaded.dialogue, today: LocalDate(.now, calendar: .current), timeZone: .current))
        }
    }
}
