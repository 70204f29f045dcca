import ArgumentParser
import DialogueKit

/// `ting attend`: sets how many took part in an activity, in all or from one target group.
struct AttendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attend",
        abstract: "Ange hur många som deltog i en aktivitet, totalt eller från en målgrupp (--group).",
        usage: "ting attend [--dir <dir>] <dialogue> <activity> <count> [--group <group>]")

    @OptionGroup var target: DialogueArguments

    @Argument(help: "Aktivitetens id (se `ting activity list`).")
    var activity: String

    /// The count as written: taken as a list of what ArgumentParser does not recognise, so that "-3" (which it
    /// would read as an option and refuse in English) reaches `CLIValues.count` and is refused in Swedish.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp("Antal deltagare, ett heltal från 0.", valueName: "count"))
    var count: [String] = []

    @Option(name: .long, help: "Målgruppens id (se `ting show`); utan den anges det totala antalet.")
    var group: String?

    func run() throws {
        guard count.count == 1 else {
            throw CLIError(
                count.isEmpty
                    ? "Ange antalet deltagare efter aktivitetens id, till exempel: ting attend DIALOG a1 42."
                    : "'\(count.joined(separator: " "))' är inget antal; skriv ett heltal från 0 och bara de "
                        + "flaggor som `ting attend --help` visar.")
        }
        let number = try CLIValues.count(count[0], option: "")
        let tally: AttendanceCount = group.map { .group($0) } ?? .total
        _ = try target.change { dialogue, now in
            try dialogue.setAttendance(number, for: tally, ofActivity: activity, by: Environment.actor, at: now)
        }
        Output.printFields([activity, group ?? "totalt", String(number)])
    }
}
