import DialogueKit
import Foundation
import Testing

@testable import TingApp

/// `ExportJob.run`, what the runtime does for `Effect.export`: a real file in a temporary folder, written
/// whole, an existing one kept unless forced, a missing folder said in words.
struct ExportJobTests {
    private func job(_ path: String, folder: String, format: ExportFormat = .md, force: Bool = false) -> ExportJob {
        ExportJob(
            stem: "lekplats-i-raa", dialogue: Fixtures.dialogue(), format: format, table: .inputs, path: path,
            folder: folder, force: force)
    }

    private func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func writesTheReportAndKeepsAnExistingFileUnlessForced() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("rapport.md").path
            let outcome = job("rapport.md", folder: folder.path).run(now: Fixtures.now, calendar: .swedish)
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(outcome == .written(path: path, bytes: written.utf8.count))
            #expect(written.hasPrefix("# Lekplats i Råå\n"))
            try Data("mitt eget".utf8).write(to: URL(fileURLWithPath: path))
            #expect(job(path, folder: "/").run(now: Fixtures.now, calendar: .swedish) == .exists(path: path))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "mitt eget")
            let forced = job(path, folder: "/", format: .html, force: true).run(now: Fixtures.now, calendar: .swedish)
            guard case .written = forced else {
                Issue.record("a forced export replaces the file: \(forced)")
                return
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        }
    }

    @Test func aMissingFolderIsSaidInWordsAndNothingIsCreated() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("saknas/rapport.md").path
            let outcome = job(path, folder: "/").run(now: Fixtures.now, calendar: .swedish)
            guard case .failed(let reason) = outcome else {
                Issue.record("expected a failure, got \(outcome)")
                return
            }
            #expect(reason.contains("saknas"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("saknas").path))
        }
    }

    @Test func aTildeIsTheHomeFolderAndARelativeNameGoesInTheFolder() {
        #expect(job("~/rapport.md", folder: "/x").resolvedPath == NSHomeDirectory() + "/rapport.md")
        #expect(job("ut/rapport.md", folder: "/home/anna").resolvedPath == "/home/anna/ut/rapport.md")
        #expect(job("/tmp/rapport.md", folder: "/home/anna").resolvedPath == "/tmp/rapport.md")
    }
}
