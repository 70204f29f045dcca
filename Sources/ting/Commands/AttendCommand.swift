import ArgumentParser
import DialogueKit

/// `ting attend`: sets how many took part in an activity, in all or from one target group.
struct AttendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attend",
        abstract: "Ange hur många som deltog i en aktivitet, totalt eller från en målgrupp (--group).")

    @OptionGroup var target: DialogueArguments

    @Argument(help: "Aktivitetens id (se `ting activity list`).")
    var activity: String

    @Argument(help: "Antal deltagare, ett heltal från 0.")
    var count: String

    @Option(name: .long, help: "Målgruppens id (se `ting show`); utan den anges det totala antalet.")
    var group: String?

    func run() throws {
        let number = try CLIValues.count(count, option: "")
        let tally: AttendanceCount = group.map { .group($0) } ?? .total
        _ = try target.change { dialogue, now in
            try dialogue.setAttendance(number, for: tally, ofActivity: activity, by: Environment.actor, at: now)
        }
        Output.printFields([activity, group ?? "totalt", String(number)])
    }
}
