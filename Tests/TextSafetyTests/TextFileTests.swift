import Foundation
import Testing
import TextSafety

/// `TextFile`: a file people edit is read only when it is a plain UTF-8 file of a sane size.
@Suite final class TextFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-textfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func aPlainFileIsRead() throws {
        let file = folder.appendingPathComponent("tema.toml")
        try Data("name = \"Åsa\"\n".utf8).write(to: file)
        #expect(try TextFile.text(at: file) == "name = \"Åsa\"\n")
    }

    /// A named pipe used to block the read until someone wrote to it: Ting hung at start.
    @Test func aNamedPipeIsRefusedAtOnce() throws {
        let pipe = folder.appendingPathComponent("settings.toml")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        #expect(throws: TextFile.Failure.notAPlainFile) { try TextFile.text(at: pipe) }
    }

    @Test func aFolderAMissingFileAndNonUTF8AreRefused() throws {
        #expect(throws: TextFile.Failure.notAPlainFile) { try TextFile.text(at: self.folder) }
        #expect(throws: TextFile.Failure.missing) { try TextFile.text(at: self.folder.appendingPathComponent("x")) }
        let latin1 = folder.appendingPathComponent("latin1.toml")
        try Data([0x61, 0xE5, 0x0A]).write(to: latin1)
        #expect(throws: TextFile.Failure.notUTF8) { try TextFile.text(at: latin1) }
    }

    @Test func aFileOverTheLimitIsRefused() throws {
        let big = folder.appendingPathComponent("stor.toml")
        try Data(repeating: 0x61, count: 2_000).write(to: big)
        #expect(throws: TextFile.Failure.tooLarge(limit: 1_000)) { try TextFile.text(at: big, limit: 1_000) }
        #expect(TextFile.Failure.tooLarge(limit: TextFile.defaultLimit).reason == "filen är större än 4 MB")
    }
}
