import ArgumentParser
import DialogueKit

/// `ting activity list`: every activity with its date, time, place, status and attendance.
struct ActivityListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lista aktiviteterna: id, datum, tid, titel, plats, status och antal deltagare.")

    @OptionGroup var target: DialogueArguments

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    func run() throws {
        let activities = try target.load().1.dialogue.planning.activities
        if json {
            try Output.printJSON(encoding: activities)
            return
        }
        for activity in activities {
            Output.printFields([
                activity.id, activity.date?.description ?? "", activity.timeText, activity.title,
                activity.place, activity.status.title, activity.attendance.total.map(String.init) ?? "",
            ])
        }
    }
}
