import ArgumentParser
import DialogueKit
import Foundation

/// `ting input import`: every answer of a survey export (CSV) becomes an input, all in one save
/// or none at all.
struct InputImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Importera en enkätexport (CSV): varje rad blir ett inspel, allt eller inget.",
        discussion: """
            Filen är UTF-8 (med eller utan BOM), med , ; eller tabb mellan fälten och en rubrikrad \
            först. Texten tas ur kolumnen --column, annars den enda kolumnen, annars den som heter \
            text, synpunkt eller svar. Inspelen får källan enkät.
            """)

    @OptionGroup var target: DialogueArguments

    @Argument(help: "Enkätexporten, en CSV-fil.")
    var file: String

    @Option(name: .long, help: "Aktivitetens id som svaren hör till (se `ting activity list`).")
    var activity: String?

    @Option(name: .long, help: "Kolumnen med svarens text, om filen har flera.")
    var column: String?

    func run() throws {
        let survey: SurveyImport
        do {
            survey = try SurveyImport.read(contentsOf: URL(fileURLWithPath: file), shownAs: file, column: column)
        } catch {
            throw CLIError("\(error.description) Inget importerades.")
        }
        let ((count, first, last), saved) = try target.change { dialogue, now in
            try dialogue.addInputs(
                texts: survey.answers.map(\.text), activity: activity, source: .survey, by: Environment.actor,
                at: AddedEntry.time(now))
            // addInputs appends: the answers are the last inputs, the first and last of them enough to name.
            let added = dialogue.inputs.suffix(survey.answers.count)
            return (added.count, added.first, added.last)
        }
        let ids = [first, last].map { $0.flatMap { AddedEntry.id(of: $0, among: saved.inputs, id: \.id) } }
        var report = "\(count) inspel importerade från \(file)"
        if let first = ids[0], let last = ids[1] { report += first == last ? " (\(first))" : " (\(first)–\(last))" }
        if !survey.blankLines.isEmpty {
            let lines = survey.blankLines.prefix(Self.listedLines).map(String.init).joined(separator: ", ")
            let more = survey.blankLines.count > Self.listedLines ? ", …" : ""
            report +=
                "; \(SwedishCount.phrase(survey.blankLines.count, one: "rad", other: "rader")) utan text "
                + "hoppades över (rad \(lines)\(more))"
        }
        Output.print(report + ".")
    }

    /// The most line numbers of skipped rows the report lists.
    private static let listedLines = 10
}
