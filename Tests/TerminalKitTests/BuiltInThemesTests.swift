import Foundation
import TerminalKit
import Testing

@Suite("Built-in themes")
struct BuiltInThemesTests {
    /// The repository's `themes/` folder, found from this file's place in `Tests/TerminalKitTests/`.
    private static let themesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    private static func themeFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: themesFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func theBuiltInListNamesEveryThemeFileAndHoldsItsBytes() throws {
        let files = try Self.themeFiles()
        #expect(
            BuiltInThemes.files.map(\.name) == files.map { $0.deletingPathExtension().lastPathComponent },
            "themes/ and BuiltInThemes.files differ; list each file in Sources/TerminalKit/Theme/BuiltInThemes.swift")
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            let onDisk = try Data(contentsOf: file)
            let builtIn = BuiltInThemes.toml(named: name).map { Data($0.utf8) }
            #expect(builtIn == onDisk, "the built-in themes/\(name).toml differs from the file")
        }
    }

    @Test func theFiveThemesAreThere() {
        #expect(
            Set(ThemeCatalog.builtInNames).isSuperset(of: ["dark", "light", "high-contrast", "monochrome", "projector"])
        )
        #expect(ThemeCatalog.defaultName == "dark")
    }

    @Test(arguments: BuiltInThemes.files.map(\.name))
    func everyBuiltInThemeReadsAndListsEveryRole(name: String) throws {
        let text = try #require(BuiltInThemes.toml(named: name))
        let theme = try Theme(toml: text, file: "themes/\(name).toml")
        #expect(theme.name == name)
        #expect(!theme.description.isEmpty)
        for role in StyleRole.allCases {
            #expect(
                text.contains("\n\(role.themeKey) = {"), "themes/\(name).toml does not list \(role.themeKey)")
            #expect(theme.roles[role] != nil)
        }
    }

    @Test func monochromeHasNoColorsButMarksSelectionTabsAndWarnings() throws {
        let theme = try Theme(
            toml: try #require(BuiltInThemes.toml(named: "monochrome")), file: "monochrome.toml")
        #expect(theme.isMonochrome)
        for role in StyleRole.allCases { #expect(theme[role].hasNoColor, "\(role) has a color") }
        #expect(theme[.selection].reverse)
        #expect(theme[.tabActive].reverse || theme[.tabActive].bold)
        #expect(theme[.tabActive] != theme[.tabInactive])
        #expect(theme[.warning].bold && theme[.warning].underline)
        #expect(theme[.danger].bold && theme[.danger].underline)
        #expect(theme[.title].bold)
    }

    @Test(arguments: ["dark", "light", "high-contrast", "projector"])
    func colorThemesUseColorAndStillMarkTheSelectionByAttribute(name: String) throws {
        let theme = try Theme(toml: try #require(BuiltInThemes.toml(named: name)), file: "\(name).toml")
        #expect(!theme.isMonochrome)
        #expect(theme[.selection].bg != theme[.normal].bg)
        #expect(theme[.selection].bold || theme[.selection].reverse)
    }

    @Test func projectorIsBlackOnWhiteAndMarksWhatMattersByAttributeToo() throws {
        let theme = try Theme(toml: try #require(BuiltInThemes.toml(named: "projector")), file: "projector.toml")
        #expect(theme[.normal].fg == .index(16))
        #expect(theme[.normal].bg == .index(231))
        for role in StyleRole.allCases where role != .selection && role != .tabActive && role != .field {
            #expect(theme[role].bg == .index(231), "\(role) is not on the white paper")
        }
        #expect(theme[.selection].bold && theme[.tabActive].bold)
        #expect(theme[.warning].bold && theme[.warning].underline)
        #expect(theme[.danger].bold && theme[.danger].underline)
        #expect(theme[.hint].fg == .index(16), "the hint line must not fade on a projector")
    }
}
