import Foundation
import Testing

/// Themes and the settings file, as a user meets them: a wrong name or a broken file is said in
/// the status line and Ting still starts.
@Suite(.serialized)
struct SettingsEndToEndTests {
    private func start(_ folder: URL, arguments: String = "", config: URL? = nil) throws -> TmuxSession {
        try TmuxSession.ting(
            in: folder, arguments: arguments, environment: config.map { ["XDG_CONFIG_HOME": $0.path] } ?? [:],
            width: 120)
    }

    @Test func anUnknownThemeIsNamedAndTheDefaultIsUsed() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try start(folder, arguments: "--theme lila")
        try tui.waitFor("Biblioteket är tomt")
        let screen = try tui.waitFor("”lila” finns inte")
        #expect(screen.contains("dark"), "the warning should name the built-in themes:\n\(screen)")
        try tui.send("q")
        try tui.waitFor("[exit 0]")
    }

    @Test func aBuiltInThemeFromTheSettingsFileStartsQuietly() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config")
        try FileManager.default.createDirectory(
            at: config.appendingPathComponent("ting"), withIntermediateDirectories: true)
        try Data("theme = \"high-contrast\"\n".utf8).write(to: config.appendingPathComponent("ting/settings.toml"))
        let tui = try start(folder, config: config)
        let screen = try tui.waitFor("Biblioteket är tomt")
        #expect(!screen.contains("⚠"), "a valid settings file must not warn:\n\(screen)")
    }

    @Test func aBrokenSettingsFileIsNamedWithItsPlace() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config")
        try FileManager.default.createDirectory(
            at: config.appendingPathComponent("ting"), withIntermediateDirectories: true)
        let settings = config.appendingPathComponent("ting/settings.toml")
        try Data("theme = \"light\nfärg = \n".utf8).write(to: settings)
        let tui = try start(folder, config: config)
        try tui.waitFor("Biblioteket är tomt")
        try tui.waitFor("settings.toml:1:")
        try tui.send("q")
        try tui.waitFor("[exit 0]")
        #expect(try String(contentsOf: settings, encoding: .utf8) == "theme = \"light\nfärg = \n")
    }
}
