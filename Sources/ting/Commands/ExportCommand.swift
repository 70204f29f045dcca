import ArgumentParser
import DialogueKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `ting export`: the summary report, the schedule, a table or the whole dialogue as a file other programs
/// open, written atomically with `-o` (an existing file only with `--force`), else to stdout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Exportera dialogen: rapporten (md, html), tidplanen som kalender (ics), en tabell för Excel (csv) "
            + "eller hela dialogen (json).",
        discussion: """
            Utan -o skrivs exporten till standard ut. En fil som finns ersätts bara med --force, och då i ett \
            enda steg: en avbruten export lämnar aldrig en halvskriven fil. Formaten beskrivs i EXPORTS.md.
            """)

    @OptionGroup var target: DialogueArguments

    @Option(name: .long, help: "md, html, ics, csv eller json; utelämnat: efter filändelsen i -o.")
    var format: String?

    @Option(name: .long, help: "Tabellen i en csv-export: inputs (inspelen, förval), goals, groups eller activities.")
    var what: String?

    @Option(name: [.short, .long], help: "Filen att skriva; utelämnad: standard ut.")
    var output: String?

    @Flag(name: .long, help: "Ersätt filen i -o om den redan finns.")
    var force = false

    func run() throws {
        let format = try chosenFormat()
        let table = try chosenTable(for: format)
        let dialogue = try target.load().1.dialogue
        let data: Data
        do {
            data = try DialogueExport.data(of: dialogue, format: format, table: table, now: .now, calendar: .current)
        } catch let error as ExportError {
            throw CLIError(error.description)
        }
        guard let output else { return Self.writeToStandardOutput(data, format: format) }
        do {
            try ExportFile.write(data, to: output, force: force)
        } catch ExportError.fileExists(let path) {
            throw CLIError(
                "\(path) finns redan och lämnades orörd; välj ett annat filnamn, eller ersätt filen med --force.")
        } catch {
            throw CLIError(error.description)
        }
    }

    /// The format asked for, else the one `-o`'s extension names.
    private func chosenFormat() throws -> ExportFormat {
        if let format {
            guard let chosen = ExportFormat(rawValue: format.lowercased()) else {
                throw CLIError("'\(format)' är inget exportformat i --format; välj \(Self.formats).")
            }
            return chosen
        }
        let fileExtension = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        guard let chosen = ExportFormat.allCases.first(where: { $0.fileExtension == fileExtension }) else {
            throw CLIError("Ange formatet med --format \(Self.formats.replacingOccurrences(of: " eller ", with: "|")).")
        }
        return chosen
    }

    /// The table `--what` names, refused for any format but csv.
    private func chosenTable(for format: ExportFormat) throws -> ExportTable {
        guard let what else { return .inputs }
        guard let table = ExportTable(rawValue: what.lowercased()) else {
            let tables = ExportTable.allCases.map(\.rawValue)
            throw CLIError(
                "'\(what)' är ingen tabell i --what; välj \(tables.dropLast().joined(separator: ", ")) "
                    + "eller \(tables.last ?? "").")
        }
        guard format == .csv else {
            throw CLIError("--what väljer tabell bara i en csv-export; ta bort --what eller skriv --format csv.")
        }
        return table
    }

    /// "md, html, ics, csv eller json".
    private static var formats: String {
        let names = ExportFormat.allCases.map(\.rawValue)
        return "\(names.dropLast().joined(separator: ", ")) eller \(names.last ?? "")"
    }

    /// Writes the export to stdout: the very bytes into a pipe or file, JSON always with unsafe characters
    /// escaped (the same JSON); on a terminal, text goes through `Output`, so nothing from the dialogue
    /// reaches it raw.
    private static func writeToStandardOutput(_ data: Data, format: ExportFormat) {
        if format == .json {
            FileHandle.standardOutput.write(Output.escapingUnsafeCharacters(inJSON: data))
        } else if isatty(STDOUT_FILENO) == 0 {
            FileHandle.standardOutput.write(data)
        } else {
            var text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // the byte order mark of a csv export
            if text.hasSuffix("\n") { text.removeLast() }
            Output.print(text)
        }
    }
}
