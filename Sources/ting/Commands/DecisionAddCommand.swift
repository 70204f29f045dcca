import ArgumentParser
import DialogueKit

/// `ting decision add`: records a decision and prints its new id.
struct DecisionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Lägg till ett beslut; skriver ut dess nya id på en egen rad.")

    @OptionGroup var target: DialogueArguments

    @Option(name: .long, help: "Vem som beslutade: nämnd, styrelse eller fullmäktige.")
    var body: String

    @Option(name: .long, help: "Beslutets datum, ÅÅÅÅ-MM-DD.")
    var date: String

    @Option(name: .long, help: "Paragrafen i protokollet, t.ex. \"§ 41\".")
    var paragraph: String = ""

    @Option(name: .long, help: "Diarienumret.")
    var `case`: String = ""

    @Option(name: .long, help: "Vad som beslutades, i ord.")
    var text: String

    func run() throws {
        let day = try CLIValues.date(date, option: "--date")
        let (added, saved) = try target.change { dialogue, now in
            let id = try dialogue.addDecision(
                body: body, date: day, paragraph: paragraph, caseNumber: `case`, text: text, by: Environment.actor,
                at: AddedEntry.time(now))
            return dialogue.decision(id: id)
        }
        guard let added, let id = AddedEntry.id(of: added, among: saved.followUp.decisions, id: \.id) else {
            throw CLIError("Beslutet sparades men hittades inte i filen efteråt; kör `ting decision list`.")
        }
        Output.print(id)
    }
}
