import ArgumentParser
import DialogueKit
import Foundation

/// `ting history`: every kept version of a dialogue, newest first, with when, who and what changed.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Visa dialogens sparade versioner: när, vem och vad som ändrades.",
        discussion: "Version 1 är den nuvarande. `ting restore DIALOG VERSION` gör en äldre till den nuvarande.")

    @OptionGroup var target: DialogueArguments

    @Flag(name: .long, help: "Skriv ut som JSON.")
    var json = false

    /// One version in `--json`.
    private struct Row: Encodable {
        var version: Int
        var file: String
        var savedAt: Date
        var by: String?
        var changes: [String]
        var damaged: String?
    }

    func run() throws {
        let store = try target.library.openStore()
        let versions: [DialogueVersion]
        do {
            versions = try store.history(of: try store.resolve(target.dialogue))
        } catch {
            throw CLIError(error.description)
        }
        if json {
            let rows = versions.map {
                Row(
                    version: $0.number, file: $0.path, savedAt: $0.savedAt, by: $0.author, changes: $0.changes,
                    damaged: $0.problem)
            }
            try Output.printJSON(encoding: rows)
            return
        }
        for version in versions {
            Output.printFields(Self.heading(of: version))
            for line in Self.changes(of: version, isOldest: version.number == versions.count) {
                Output.print("    \(line)")
            }
        }
    }

    /// A version's number, time, author and whether it is the current one.
    static func heading(of version: DialogueVersion) -> [String] {
        let fields = ["\(version.number)", version.savedAt.minuteText(in: .current), version.author ?? "okänd"]
        return fields + (version.isCurrent ? ["(nuvarande)"] : [])
    }

    /// What the version changed, or why nothing is shown.
    static func changes(of version: DialogueVersion, isOldest: Bool) -> [String] {
        if let problem = version.problem { return ["går inte att läsa: \(problem)"] }
        if version.changes.isEmpty { return [isOldest ? "äldsta sparade versionen" : "inga ändringar i innehållet"] }
        return version.changes
    }
}
