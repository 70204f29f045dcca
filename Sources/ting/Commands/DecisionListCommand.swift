import ArgumentParser
import DialogueKit

/// `ting decision list`: every decision with what it was based on (themes and inputs whose responses link it).
struct DecisionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lista besluten: id, organ, datum, §, diarienummer, vad som beslutades och vad det bygger på.")

    @OptionGroup var target: DialogueArguments

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    /// One decision as `--json` prints it.
    private struct Row: Encodable {
        var id: String
        var body: String
        var date: LocalDate?
        var paragraph: String
        var caseNumber: String
        var text: String
        /// The themes whose responses link the decision.
        var themes: [String]
        /// The inputs whose own responses link it.
        var inputs: [String]
        /// The inputs that reach it through those themes.
        var throughThemes: [String]
    }

    func run() throws {
        let dialogue = try target.load().1.dialogue
        let rows = dialogue.followUp.decisions.map { decision in
            let basis = dialogue.basis(of: decision.id)
            return Row(
                id: decision.id, body: decision.body, date: decision.date, paragraph: decision.paragraph,
                caseNumber: decision.caseNumber, text: decision.text, themes: basis.themes.map(\.tag),
                inputs: basis.inputs.map(\.id), throughThemes: basis.throughThemes.map(\.id))
        }
        if json {
            try Output.printJSON(encoding: rows)
            return
        }
        for row in rows {
            var basis: [String] = []
            if !row.themes.isEmpty { basis.append("teman: \(row.themes.joined(separator: ", "))") }
            if !row.inputs.isEmpty { basis.append("inspel: \(row.inputs.joined(separator: ", "))") }
            if !row.throughThemes.isEmpty {
                basis.append(
                    SwedishCount.phrase(row.throughThemes.count, one: "inspel", other: "inspel") + " genom teman")
            }
            Output.printFields([
                row.id, row.body, row.date?.description ?? "", row.paragraph, row.caseNumber, row.text,
                basis.isEmpty ? "bygger ännu inte på något svar" : basis.joined(separator: "; "),
            ])
        }
    }
}
