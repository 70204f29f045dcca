import Foundation
import TerminalKit
import Testing

@Suite("Theme catalog")
struct ThemeCatalogTests {
    /// A fresh folder for the user's own themes, removed afterwards.
    private func withUserFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ting-theme-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func noNameGivesTheDefaultTheme() {
        let (theme, warning) = ThemeCatalog.load(name: nil, userDirectory: nil, noColor: false)
        #expect(theme.name == "dark")
        #expect(warning == nil)
    }

    @Test func aBuiltInThemeByName() {
        let (theme, warning) = ThemeCatalog.load(name: "high-contrast", userDirectory: nil, noColor: false)
        #expect(theme.name == "high-contrast")
        #expect(warning == nil)
    }

    @Test func noColorAlwaysGivesMonochrome() {
        let (theme, warning) = ThemeCatalog.load(name: "light", userDirectory: nil, noColor: true)
        #expect(theme.name == "monochrome")
        #expect(theme.isMonochrome)
        #expect(warning == nil)
    }

    @Test func aUserThemeWinsOverTheBuiltInOfTheSameName() throws {
        try withUserFolder { folder in
            let toml = "name = \"dark\"\n[palette]\nink = 0\n[roles]\nnormal = { fg = \"ink\" }\n"
            try toml.write(to: folder.appendingPathComponent("dark.toml"), atomically: true, encoding: .utf8)
            let (theme, warning) = ThemeCatalog.load(name: "dark", userDirectory: folder, noColor: false)
            #expect(theme[.normal].fg == .index(0))
            #expect(warning == nil)
        }
    }

    @Test func aUserThemeOfItsOwnName() throws {
        try withUserFolder { folder in
            let toml = "[roles]\nselection = { underline = true }\n"
            try toml.write(
                to: folder.appendingPathComponent("kommun.toml"), atomically: true, encoding: .utf8)
            let (theme, warning) = ThemeCatalog.load(name: "kommun", userDirectory: folder, noColor: false)
            #expect(theme.name == "kommun")
            #expect(theme[.selection].underline)
            #expect(warning == nil)
        }
    }

    @Test func anUnknownThemeFallsBackToDarkWithAWarning() throws {
        try withUserFolder { folder in
            let (theme, warning) = ThemeCatalog.load(name: "rosa", userDirectory: folder, noColor: false)
            #expect(theme.name == "dark")
            let text = try #require(warning)
            #expect(text.hasPrefix("Temat ”rosa” finns inte i \(folder.path) eller inbyggt; "))
            #expect(text.hasSuffix("(inbyggda teman: dark, high-contrast, light, monochrome, projector)."))
        }
    }

    @Test func aBrokenUserThemeFallsBackToDarkWithThePlace() throws {
        try withUserFolder { folder in
            let file = folder.appendingPathComponent("trasig.toml")
            try "[roles\nnormal = {}\n".write(to: file, atomically: true, encoding: .utf8)
            let (theme, warning) = ThemeCatalog.load(name: "trasig", userDirectory: folder, noColor: false)
            #expect(theme.name == "dark")
            let text = try #require(warning)
            #expect(text.hasPrefix("Temafilen \(file.path) har ett syntaxfel på rad 1, kolumn "))
            #expect(text.contains("; Ting använder temat ”dark” tills vidare"))
        }
    }

    @Test func aThemeFileThatIsNotUTF8FallsBack() throws {
        try withUserFolder { folder in
            try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("binär.toml"))
            let (theme, warning) = ThemeCatalog.load(name: "binär", userDirectory: folder, noColor: false)
            #expect(theme.name == "dark")
            #expect(warning?.contains("binär.toml går inte att läsa: texten är inte UTF-8") == true, "\(warning ?? "")")
        }
    }

    @Test(arguments: ["../dark", "/etc/passwd", ".hidden", ""])
    func aNameIsNeverAPath(name: String) {
        let (theme, warning) = ThemeCatalog.load(name: name, userDirectory: nil, noColor: false)
        #expect(theme.name == "dark")
        #expect(warning?.contains("får inte innehålla / eller börja med punkt") == true)
    }
}
