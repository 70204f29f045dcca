import Foundation
import TOMLKit
import TextSafety

/// The user's settings file, `$XDG_CONFIG_HOME/ting/settings.toml`, e.g. `theme = "light"`.
struct Settings {
    /// The theme chosen in the file, if any.
    var theme: String?
    /// Why the file could not be used, if it could not; Ting then runs with defaults.
    var warning: String?

    /// Reads the settings file in a folder; a missing file means defaults, a broken one a warning.
    static func load(from folder: URL) -> Settings {
        let file = folder.appendingPathComponent("settings.toml")
        let text: String
        do {
            text = try TextFile.text(at: file)
        } catch .missing {
            return Settings()
        } catch .notUTF8 {
            return Settings(warning: "\(file.path): filen är inte UTF-8; spara den som UTF-8.")
        } catch {
            return Settings(warning: "\(file.path): \(error.reason); rätta filen eller ta bort den.")
        }
        do {
            let table = try TOMLTable(string: text)
            guard let value = table["theme"] else { return Settings() }
            guard let name = value.string else {
                return Settings(warning: "\(file.path): theme ska vara en sträng, t.ex. theme = \"light\".")
            }
            return Settings(theme: name)
        } catch let error as TOMLParseError {
            let place = "\(error.source.begin.line):\(error.source.begin.column)"
            let reason = SafeText.excerpt(error.description, length: SafeText.parserMessageLength)
            return Settings(warning: "\(file.path):\(place): \(reason); rätta filen eller ta bort den.")
        } catch {
            let reason = SafeText.excerpt("\(error)", length: SafeText.parserMessageLength)
            return Settings(warning: "\(file.path): \(reason); rätta filen eller ta bort den.")
        }
    }
}
