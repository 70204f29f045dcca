import ArgumentParser
import DialogueKit
import Foundation

/// `ting feedback add`: plans a feedback round, with its text written or drafted from the data, and prints its
/// new id.
struct FeedbackAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Planera en återkoppling; skriver ut dess nya id på en egen rad.")

    @OptionGroup var target: DialogueArguments

    @Option(
        name: .long,
        help: """
            Mottagarens id eller namn, till exempel deltagarna (se `ting feedback list`); de vanliga orden, till \
            exempel "alla invånare", går också när de är entydiga.
            """)
    var audience: String

    @Option(name: .long, help: "Planerat datum, ÅÅÅÅ-MM-DD.")
    var planned: String?

    @Option(name: .long, help: "En kanal, till exempel e-post; upprepa --channel för fler.")
    var channel: [String] = []

    @Option(name: .long, help: "Återkopplingens text.")
    var text: String?

    @Flag(name: .long, help: "Ta fram texten som ett utkast ur dialogens data (de tre delarna och tidplanen).")
    var draft = false

    func validate() throws {
        if text != nil && draft {
            throw CLIError("Ange antingen --text TEXT eller --draft, inte båda.")
        }
    }

    func run() throws {
        let plannedOn = try planned.map { try CLIValues.date($0, option: "--planned") }
        let (added, saved) = try target.change { dialogue, now in
            guard let found = dialogue.feedbackAudience(matching: audience) else {
                let known = dialogue.followUp.audiences.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
                throw CLIError("'\(audience)' är ingen mottagare i --audience; välj en av: \(known).")
            }
            let at = AddedEntry.time(now)
            let id = try dialogue.addFeedbackRound(
                audience: found.id, plannedOn: plannedOn, channels: channel, by: Environment.actor, at: at)
            guard var round = dialogue.feedbackRound(id: id) else { return nil as FeedbackRound? }
            if let text {
                round.text = text
            } else if draft {
                round.text = dialogue.feedbackDraft(for: found.id, calendar: .current)
            }
            try dialogue.updateFeedbackRound(round, by: Environment.actor, at: at)
            return dialogue.feedbackRound(id: id)
        }
        guard let added, let id = AddedEntry.id(of: added, among: saved.followUp.feedbackRounds, id: \.id) else {
            throw CLIError("Återkopplingen sparades men hittades inte i filen efteråt; kör `ting feedback list`.")
        }
        Output.print(id)
    }
}
