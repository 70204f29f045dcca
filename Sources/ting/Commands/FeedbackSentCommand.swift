import ArgumentParser
import DialogueKit
import Foundation

/// `ting feedback sent`: marks a feedback round sent, today or on the day given; its text is final from then.
struct FeedbackSentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sent", abstract: "Markera en återkoppling som skickad (i dag, eller --on ÅÅÅÅ-MM-DD).")

    @OptionGroup var target: DialogueArguments

    @Argument(help: "Återkopplingens id (se `ting feedback list`).")
    var round: String

    @Option(name: .long, help: "Dagen den skickades, ÅÅÅÅ-MM-DD; utan den i dag.")
    var on: String?

    func run() throws {
        let day = try on.map { try CLIValues.date($0, option: "--on") } ?? LocalDate(.now, calendar: .current)
        _ = try target.change { dialogue, now in
            try dialogue.markFeedbackSent(id: round, on: day, by: Environment.actor, at: now)
        }
        Output.printFields([round, "skickad \(day)"])
    }
}
