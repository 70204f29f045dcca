import Foundation
import Testing

@testable import DialogueKit

/// Writing an export to a path of the user's: atomic, an existing file refused without force, a missing folder
/// refused with a sentence naming it.
struct ExportFileTests {
    /// Runs `body` with a fresh temporary folder, removed afterwards.
    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// The names in a folder, hidden ones included.
    func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writesANewFileAndLeavesNoTempFile() throws {
        try withFolder { folder throws in
            let path = folder.appendingPathComponent("rapport.csv").path
            try ExportFile.write(Data("a;b\r\n".utf8), to: path, force: false)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("a;b\r\n".utf8))
            #expect(try names(in: folder) == ["rapport.csv"])
        }
    }

    @Test func refusesAnExistingFileWithoutForceAndLeavesItAlone() throws {
        try withFolder { folder throws in
            let url = folder.appendingPathComponent("rapport.html")
            try Data("förra".utf8).write(to: url)
            #expect(throws: ExportError.fileExists(path: url.path)) {
                try ExportFile.write(Data("nya".utf8), to: url.path, force: false)
            }
            #expect(try Data(contentsOf: url) == Data("förra".utf8))
            #expect(try names(in: folder) == ["rapport.html"])
            #expect(ExportError.fileExists(path: url.path).description.contains("välj ett annat filnamn"))
            #expect(ExportError.fileExists(path: url.path).description.hasPrefix(url.path))
        }
    }

    @Test func forceReplacesTheFileInOneRenameKeepingItsPermissions() throws {
        try withFolder { folder throws in
            let url = folder.appendingPathComponent("kalender.ics")
            try Data("förra".utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            let before = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
            try ExportFile.write(Data("nya".utf8), to: url.path, force: true)
            let after = try FileManager.default.attributesOfItem(atPath: url.path)
            #expect(try Data(contentsOf: url) == Data("nya".utf8))
            #expect(
                after[.systemFileNumber] as? Int != before, "a new file took the name: nothing was written in place")
            #expect(after[.posixPermissions] as? Int == 0o600)
            #expect(try names(in: folder) == ["kalender.ics"])
        }
    }

    @Test func refusesAMissingFolderNamingItAndCreatesNothing() throws {
        try withFolder { folder throws in
            let path = folder.appendingPathComponent("saknas/rapport.md").path
            #expect(throws: ExportError.folderMissing(path: path, folder: folder.appendingPathComponent("saknas").path))
            {
                try ExportFile.write(Data("x".utf8), to: path, force: true)
            }
            #expect(try names(in: folder).isEmpty)
            let sentence = ExportError.folderMissing(path: path, folder: folder.path + "/saknas").description
            #expect(sentence.contains("saknas") && sentence.contains("skapa mappen"))
        }
    }

    @Test func refusesAFolderALinkAndNoName() throws {
        try withFolder { folder throws in
            let sub = folder.appendingPathComponent("mapp")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
            #expect(throws: ExportError.notAFile(path: sub.path)) {
                try ExportFile.write(Data("x".utf8), to: sub.path, force: true)
            }
            let target = folder.appendingPathComponent("mål.txt")
            try Data("orörd".utf8).write(to: target)
            let link = folder.appendingPathComponent("länk.csv")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            #expect(throws: ExportError.notAFile(path: link.path)) {
                try ExportFile.write(Data("x".utf8), to: link.path, force: true)
            }
            #expect(try Data(contentsOf: target) == Data("orörd".utf8), "a link is never written through")
            #expect(throws: ExportError.noFileName) { try ExportFile.write(Data(), to: "", force: false) }
        }
    }

    @Test func suggestsAFileNameFromTheTitle() {
        let dialogue = ExportFixtures.dialogue()
        #expect(
            DialogueExport.suggestedFileName(for: dialogue, format: .html, table: .inputs)
                == "parken-as-norr-rapport.html")
        #expect(
            DialogueExport.suggestedFileName(for: dialogue, format: .ics, table: .inputs)
                == "parken-as-norr-kalender.ics")
        #expect(
            DialogueExport.suggestedFileName(for: dialogue, format: .csv, table: .groups)
                == "parken-as-norr-malgrupper.csv")
        #expect(
            DialogueExport.suggestedFileName(for: dialogue, format: .json, table: .inputs)
                == "parken-as-norr-export.json")
    }
}
