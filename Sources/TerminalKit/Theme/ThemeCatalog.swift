import Foundation
import TextSafety

/// Finds the theme to use: the user's own theme files first, then the built-in ones.
public enum ThemeCatalog {
    /// The theme used when none is chosen, and when the chosen one cannot be used.
    public static let defaultName = "dark"
    /// The theme used when NO_COLOR is set.
    public static let monochromeName = "monochrome"

    /// The names of the built-in themes.
    public static var builtInNames: [String] { BuiltInThemes.files.map(\.name) }

    /// The theme named `name` (nil: the default), read from `<userDirectory>/<name>.toml` when that
    /// file exists, else built in. `noColor` (NO_COLOR) always gives the monochrome theme. A theme
    /// that is unknown or broken gives the default theme and a Swedish warning saying how to fix it.
    public static func load(name: String?, userDirectory: URL?, noColor: Bool) -> (Theme, warning: String?) {
        if noColor { return (builtIn(monochromeName), nil) }
        let name = name ?? defaultName
        guard isPlainName(name) else {
            return fallback("Temanamnet ”\(SafeText.clean(name))” får inte innehålla / eller börja med punkt")
        }
        if let file = userDirectory?.appendingPathComponent(name + ".toml"),
            FileManager.default.fileExists(atPath: file.path)
        {
            return loadUserTheme(file)
        }
        if BuiltInThemes.toml(named: name) != nil { return (builtIn(name), nil) }
        var places = "inbyggt"
        if let userDirectory { places = "i \(userDirectory.path) eller inbyggt" }
        return fallback("Temat ”\(SafeText.clean(name))” finns inte \(places)")
    }

    private static func loadUserTheme(_ file: URL) -> (Theme, warning: String?) {
        let text: String
        do {
            text = try TextFile.text(at: file)
        } catch {
            return fallback("Temafilen \(file.path) går inte att läsa: \(error.reason)")
        }
        do {
            return (try Theme(toml: text, file: file.path), nil)
        } catch {
            let sentence = error.description
            return fallback(sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence)
        }
    }

    /// The default theme, with a warning that ends by naming the way out.
    private static func fallback(_ reason: String) -> (Theme, warning: String?) {
        let choices = builtInNames.joined(separator: ", ")
        let warning =
            "\(reason); Ting använder temat ”\(defaultName)” tills vidare "
            + "(inbyggda teman: \(choices))."
        return (builtIn(defaultName), warning)
    }

    /// A built-in theme; the tests keep every one of them readable.
    private static func builtIn(_ name: String) -> Theme {
        guard let text = BuiltInThemes.toml(named: name),
            let theme = try? Theme(toml: text, file: "themes/\(name).toml")
        else { return Theme(name: name, roles: [:]) }
        return theme
    }

    private static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
    }
}
