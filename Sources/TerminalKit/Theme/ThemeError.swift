import Foundation
import TextSafety

/// Why a theme file could not be read; each message is one Swedish sentence naming the place and the fix.
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The file is not valid TOML.
    case syntax(file: String, line: Int, column: Int, reason: String)
    /// A key in `[roles]` names no `StyleRole`.
    case unknownRole(file: String, keyPath: String)
    /// A role's `fg` or `bg` names a colour that `[palette]` does not define.
    case unknownPaletteName(file: String, keyPath: String, name: String, known: [String])
    /// A `[palette]` value is not a colour.
    case invalidColor(file: String, keyPath: String, value: String)
    /// A key Ting does not know, outside `[roles]` and `[palette]`.
    case unknownKey(file: String, keyPath: String, allowed: [String])
    /// A value of the wrong kind, e.g. text where true/false belongs.
    case wrongType(file: String, keyPath: String, expected: String)

    /// One sentence; every text from the file in it is an excerpt (see `SafeText.excerpt`).
    public var description: String {
        func q(_ text: String) -> String { SafeText.excerpt(text) }
        switch self {
        case let .syntax(file, line, column, reason):
            let quoted = SafeText.excerpt(reason, length: SafeText.parserMessageLength)
            return "Temafilen \(file) har ett syntaxfel på rad \(line), kolumn \(column) (\(quoted)); "
                + "rätta TOML-syntaxen där."
        case let .unknownRole(file, keyPath):
            let roles = StyleRole.allCases.map(\.themeKey).joined(separator: ", ")
            return "Temafilen \(file) har den okända rollen \(q(keyPath)); använd någon av rollerna \(roles)."
        case let .unknownPaletteName(file, keyPath, name, known):
            let names = SafeText.excerpts(known)
            let choices = known.isEmpty ? "" : " eller använd något av \(names)"
            return "Temafilen \(file) använder färgnamnet ”\(q(name))” i \(q(keyPath)), men det finns inte i "
                + "[palette]; lägg till det där\(choices)."
        case let .invalidColor(file, keyPath, value):
            return "Temafilen \(file) har den ogiltiga färgen \(q(value)) i \(q(keyPath)); skriv ”default”, "
                + "ett ANSI-namn som ”red” eller ”bright-blue”, ett tal 0–255 eller ”#rrggbb”."
        case let .unknownKey(file, keyPath, allowed):
            return "Temafilen \(file) har den okända nyckeln \(q(keyPath)); använd någon av "
                + "\(allowed.joined(separator: ", "))."
        case let .wrongType(file, keyPath, expected):
            return "Temafilen \(file) har fel sorts värde i \(q(keyPath)); ändra det till \(expected)."
        }
    }

    public var errorDescription: String? { description }
}
