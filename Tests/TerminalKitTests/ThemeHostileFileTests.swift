import Foundation
import Testing

@testable import TerminalKit

/// Theme files written to break the parser: a syntax error with its place, and the default theme.
@Suite struct ThemeHostileFileTests {
    @Test(arguments: ["[Ämne]", "[€]", "[roles.Ö]", "[[[1]]]"])
    func aTableHeaderThatStartsOutsideASCIIIsASyntaxError(header: String) throws {
        let text = "name = \"fientlig\"\n\(header)\n"
        #expect {
            _ = try Theme(toml: text, file: "fientlig.toml")
        } throws: { error in
            guard case .syntax(let file, let line, let column, _) = error as? ThemeError else { return false }
            return file == "fientlig.toml" && line == 2 && column >= 1
        }
    }

    @Test func aBrokenUserThemeFallsBackToTheDefaultWithAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("[åtgärder]\n".utf8).write(to: folder.appendingPathComponent("egen.toml"))
        let (theme, warning) = ThemeCatalog.load(name: "egen", userDirectory: folder, noColor: false)
        #expect(theme.name == ThemeCatalog.defaultName)
        #expect(warning?.contains("rad 1, kolumn 2") == true, "\(warning ?? "no warning")")
    }

    @Test func aHugeColourIsQuotedAsAnExcerpt() throws {
        let huge = String(repeating: "x", count: 100_000)
        #expect {
            _ = try Theme(toml: "[palette]\nfg = \"\(huge)\"\n", file: "stor.toml")
        } throws: { error in
            "\(error)".utf8.count < 1_000
        }
    }
}
