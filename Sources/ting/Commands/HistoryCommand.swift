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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            Output.printJSON(try encoder.encode(rows))
            return
        }
        for version in versions {
            Output.print(Self.text(of: version, isOldest: version.number == versions.count))
        }
    }

    /// One version as a heading line («2  2025-03-01 10:30  anna») and one indented line per change.
    static func text(of version: DialogueVersion, isOldest: Bool) -> String {
        var heading = "\(version.number)\t\(version.savedAt.minuteText(in: .current))\t\(version.author ?? "okänd")"
        if version.isCurrent { heading += "\t(nuvarande)" }
        let lines: [String] =
            if let problem = version.problem {
                ["går inte att läsa: \(problem)"]
            } else if version.changes.isEmpty {
                [isOldest ? "äldsta sparade versionen" : "inga ändringar i innehållet"]
            } else {
                version.changes
            }
        return ([heading] + lines.map { "    \($0)" }).joined(separator: "\n")
    }
}
