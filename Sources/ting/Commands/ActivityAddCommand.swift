import ArgumentParser
import DialogueKit

/// `ting activity add`: adds a dated activity and prints its new id.
struct ActivityAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Lägg till en aktivitet; skriver ut dess nya id på en egen rad.")

    @OptionGroup var target: DialogueArguments

    @Option(name: .long, help: "Aktivitetens titel, till exempel \"Dialogmöte i Folkets hus\".")
    var title: String

    @Option(name: .long, help: "Datum, ÅÅÅÅ-MM-DD.")
    var date: String

    @Option(name: .long, help: "Starttid, TT:MM.")
    var start: String?

    @Option(name: .long, help: "Sluttid, TT:MM.")
    var end: String?

    @Option(name: .long, help: "Plats.")
    var place: String = ""

    func run() throws {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw CLIError("En aktivitet behöver en titel: ange den med --title TEXT.") }
        let day = try CLIValues.date(date, option: "--date")
        let startTime = try start.map { try CLIValues.time($0, option: "--start") }
        let endTime = try end.map { try CLIValues.time($0, option: "--end") }
        if let startTime, let endTime, endTime < startTime {
            throw CLIError("Sluttiden \(endTime) är före starttiden \(startTime); ange en --end efter --start.")
        }
        let place = place.trimmingCharacters(in: .whitespacesAndNewlines)
        let (added, saved) = try target.change { dialogue, now in
            let id = dialogue.addActivity(
                title: title, kind: "", date: day, start: startTime, end: endTime, place: place,
                by: Environment.actor, at: AddedEntry.time(now))
            return dialogue.activity(id)
        }
        guard let added, let id = AddedEntry.id(of: added, among: saved.planning.activities, id: \.id) else {
            throw CLIError("Aktiviteten sparades men hittades inte i filen efteråt; kör `ting activity list`.")
        }
        Output.print(id)
    }
}
