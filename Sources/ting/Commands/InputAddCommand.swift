import ArgumentParser
import DialogueKit

/// `ting input add`: captures one input and prints its new id.
struct InputAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Fånga ett inspel; skriver ut dess nya id på en egen rad.")

    @OptionGroup var target: DialogueArguments

    @Argument(help: "Vad som sades eller skrevs.")
    var text: String

    @Option(name: .long, help: "Aktivitetens id (se `ting activity list`).")
    var activity: String?

    @Option(name: .long, help: "Kategorins id (se `ting show`).")
    var category: String?

    @Option(name: .long, help: "Ett tema; upprepa --tag för fler.")
    var tag: [String] = []

    @Option(name: .long, help: "Målgruppens id som den som sa det tillhör (se `ting show`).")
    var group: String?

    @Option(name: .long, help: "Källa: muntligt, lapp, enkät, e-post eller digitalt.")
    var source: String?

    func run() throws {
        let inputSource = try source.map(Self.inputSource)
        let (added, saved) = try target.change { dialogue, now in
            let id = try dialogue.addInput(
                text: text, activity: activity, category: category, tags: tag, group: group, source: inputSource,
                by: Environment.actor, at: AddedEntry.time(now))
            return dialogue.inputs.last { $0.id == id }
        }
        guard let added, let id = AddedEntry.id(of: added, among: saved.inputs, id: \.id) else {
            throw CLIError("Inspelet sparades men hittades inte i filen efteråt; kör `ting input list`.")
        }
        Output.print(id)
    }

    /// The source named by its Swedish word, in any case.
    private static func inputSource(_ word: String) throws -> InputSource {
        let folded = word.trimmingCharacters(in: .whitespaces).lowercased()
        guard let source = InputSource(rawValue: folded) else {
            let words = InputSource.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError("'\(word)' är ingen källa i --source; skriv en av \(words).")
        }
        return source
    }
}
