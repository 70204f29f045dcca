import DialogueKit
import Foundation
import Testing

/// `ting input import` of survey exports as Excel, Forms and Netigate write them: every answer
/// becomes an input in one save, and a file it cannot read whole imports nothing.
struct SurveyImportEndToEndTests {
    /// A library with one dialogue and the activity `a1`, and a CSV file `name` holding `bytes`.
    private func library(csv bytes: Data, name: String = "enkät.csv") throws -> (URL, String, String) {
        let (folder, stem) = try ActivityInputCLIEndToEndTests.library()
        try ActivityInputCLIEndToEndTests.ting(
            ["activity", "add", stem, "--title", "Enkät", "--date", "2026-04-01"], in: folder)
        let csv = folder.appendingPathComponent("import").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: csv.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: csv)
        return (folder, stem, csv.path)
    }

    private func inputs(_ stem: String, in folder: URL) throws -> [Input] {
        try TingBinary.dialogue(stem, in: folder).inputs
    }

    @Test func aSemicolonExportWithAByteOrderMarkAndQuotedLineBreaksImportsEveryAnswer() throws {
        let csv =
            "\u{FEFF}Id;Tid;Svar\r\n1;10:00;\"Mer ljus\r\ni parken; tack\"\r\n2;10:05;\r\n3;10:07;\"Han sa \"\"hej\"\"\"\r\n"
        let (folder, stem, path) = try library(csv: Data(csv.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try ActivityInputCLIEndToEndTests.ting(
            ["input", "import", stem, path, "--activity", "a1"], in: folder)
        #expect(out == "2 inspel importerade från \(path) (i1–i2); 1 rad utan text hoppades över (rad 4).\n")
        let imported = try inputs(stem, in: folder)
        #expect(imported.map(\.text) == ["Mer ljus\ni parken; tack", "Han sa \"hej\""])
        #expect(imported.allSatisfy { $0.activity == "a1" && $0.source == .survey && $0.capturedBy != nil })
    }

    @Test func aCommaExportTakesTheNamedColumn() throws {
        let csv = "Respondent,Fråga 1,Fråga 2\n1,Ja,\"Bänkar, gärna vid dammen\"\n2,Nej,Lekplats\n"
        let (folder, stem, path) = try library(csv: Data(csv.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try ActivityInputCLIEndToEndTests.refused(["input", "import", stem, path], in: folder)
        #expect(missing.contains("ingen heter text, synpunkt eller svar") && missing.contains("--column"), "\(missing)")
        #expect(missing.contains("Respondent, Fråga 1, Fråga 2"), "\(missing)")
        #expect(missing.hasSuffix("Inget importerades.\n"), "\(missing)")
        let unknown = try ActivityInputCLIEndToEndTests.refused(
            ["input", "import", stem, path, "--column", "Fråga 3"], in: folder)
        #expect(unknown.contains("ingen kolumn 'Fråga 3'"), "\(unknown)")
        #expect(try inputs(stem, in: folder).isEmpty)

        try ActivityInputCLIEndToEndTests.ting(["input", "import", stem, path, "--column", "fråga 2"], in: folder)
        #expect(try inputs(stem, in: folder).map(\.text) == ["Bänkar, gärna vid dammen", "Lekplats"])
    }

    @Test func aBadRowNamesItsLineAndImportsNothing() throws {
        let csv = "id,svar\n1,Ljus\n2,\"Två\nrader\"\n3,en 5\" skärm\n4,Bänkar\n"
        let (folder, stem, path) = try library(csv: Data(csv.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        try ActivityInputCLIEndToEndTests.ting(["input", "add", stem, "Från mötet"], in: folder)
        let before = try ActivityInputCLIEndToEndTests.files(in: folder)
        let error = try ActivityInputCLIEndToEndTests.refused(["input", "import", stem, path], in: folder)
        #expect(error.hasPrefix("\(path), rad 5: ett citattecken"), "\(error)")
        #expect(error.contains("Inget importerades."))
        #expect(try ActivityInputCLIEndToEndTests.files(in: folder) == before, "a refused import changed the library")
        #expect(try inputs(stem, in: folder).map(\.text) == ["Från mötet"])
    }

    @Test func anUnclosedQuoteNamesTheLineItOpensOn() throws {
        let (folder, stem, path) = try library(csv: Data("svar\nLjus\n\"Bänkar\nvid dammen\nLekplats\n".utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try ActivityInputCLIEndToEndTests.refused(["input", "import", stem, path], in: folder)
        #expect(error.hasPrefix("\(path), rad 3: ett citattecken öppnar ett fält som aldrig stängs"), "\(error)")
        #expect(try inputs(stem, in: folder).isEmpty)
    }

    @Test func anEmptyFileAndAHeaderAloneImportNothing() throws {
        let (folder, stem, path) = try library(csv: Data())
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try ActivityInputCLIEndToEndTests.refused(["input", "import", stem, path], in: folder)
        #expect(empty.hasPrefix("\(path) är tom:"), "\(empty)")
        try Data("\u{FEFF}svar\n".utf8).write(to: URL(fileURLWithPath: path))
        let header = try ActivityInputCLIEndToEndTests.refused(["input", "import", stem, path], in: folder)
        #expect(header.hasPrefix("\(path) har inga svar i kolumnen 'svar'"), "\(header)")
        #expect(try inputs(stem, in: folder).isEmpty)
    }

    @Test func unreadableFilesAndUnknownActivitiesImportNothing() throws {
        let latin1 = Data([0x73, 0x76, 0x61, 0x72, 0x0A, 0x62, 0xE4, 0x6E, 0x6B, 0x0A])
        let (folder, stem, path) = try library(csv: latin1)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notUTF8 = try ActivityInputCLIEndToEndTests.refused(["input", "import", stem, path], in: folder)
        #expect(notUTF8.contains("inte UTF-8") && notUTF8.contains("CSV UTF-8"), "\(notUTF8)")
        let missing = try ActivityInputCLIEndToEndTests.refused(
            ["input", "import", stem, path + ".saknas"], in: folder)
        #expect(missing.contains("filen finns inte"), "\(missing)")
        try Data("svar\nLjus\n".utf8).write(to: URL(fileURLWithPath: path))
        let activity = try ActivityInputCLIEndToEndTests.refused(
            ["input", "import", stem, path, "--activity", "a9"], in: folder)
        #expect(activity.contains("'a9'"), "\(activity)")
        #expect(try inputs(stem, in: folder).isEmpty)
    }

    @Test func namesFromTheFileNeverReachTheTerminalRaw() throws {
        let (folder, stem, path) = try library(csv: Data("id,\u{1B}[31mfärg\u{202E}\n1,ja\n".utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try ActivityInputCLIEndToEndTests.refused(["input", "import", stem, path], in: folder)
        #expect(!error.contains("\u{1B}") && !error.contains("\u{202E}"), "\(error)")
        #expect(error.contains("␛[31mfärg‹U+202E›"), "\(error)")

        try Data("id,\"två\nrader\"\n1,ja\n".utf8).write(to: URL(fileURLWithPath: path))
        let twoLines = try ActivityInputCLIEndToEndTests.refused(["input", "import", stem, path], in: folder)
        #expect(twoLines.contains("(id, två rader)"), "\(twoLines)")
    }
}
