import ArgumentParser
import DialogueKit
import Foundation

/// `ting feedback list`: every feedback round with its audience, planned date, channels, and when and by whom
/// it was sent; a round past its planned date and not sent is marked as late.
struct FeedbackListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lista återkopplingen: id, mottagare, planerat datum, kanaler, skickad (av vem) och försenad.")

    @OptionGroup var target: DialogueArguments

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    func run() throws {
        let dialogue = try target.load().1.dialogue
        let overdue = Set(dialogue.overdueFeedback(today: LocalDate(.now, calendar: .current)).map(\.id))
        let rows = dialogue.followUp.feedbackRounds.map { round in
            FeedbackRow(
                round: round, audienceName: dialogue.feedbackAudience(id: round.audience)?.name ?? round.audience,
                overdue: overdue.contains(round.id))
        }
        if json {
            try Output.printJSON(encoding: rows)
            return
        }
        for row in rows {
            let sent = row.round.sentOn.map { "skickad \($0)" + (row.round.sentBy.map { " av \($0)" } ?? "") }
            Output.printFields([
                row.round.id, row.audienceName, row.round.plannedOn?.description ?? "",
                row.round.channels.joined(separator: ", "), sent ?? (row.overdue ? "FÖRSENAD" : "ej skickad"),
            ])
        }
    }
}

/// One round as `ting feedback list --json` prints it: the round's own fields, its audience's name and
/// whether it is late today.
private struct FeedbackRow: Encodable {
    let round: FeedbackRound
    let audienceName: String
    let overdue: Bool

    private enum CodingKeys: String, CodingKey {
        case id, audience, audienceName, plannedOn, channels, sentOn, sentBy, text, overdue
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(round.id, forKey: .id)
        try container.encode(round.audience, forKey: .audience)
        try container.encode(audienceName, forKey: .audienceName)
        try container.encodeIfPresent(round.plannedOn, forKey: .plannedOn)
        try container.encode(round.channels, forKey: .channels)
        try container.encodeIfPresent(round.sentOn, forKey: .sentOn)
        try container.encodeIfPresent(round.sentBy, forKey: .sentBy)
        try container.encode(round.text, forKey: .text)
        try container.encode(overdue, forKey: .overdue)
    }
}
