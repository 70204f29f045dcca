import Foundation
import TerminalKit

/// Writes CLI output with control and escape characters made safe.
enum Output {
    /// Prints text to stdout, newlines kept, everything else cleaned.
    static func print(_ text: String) {
        Swift.print(SafeText.clean(text, keepNewlines: true))
    }

    /// Prints one tab-separated record; each field is cleaned, so a tab inside one cannot split it.
    static func printFields(_ fields: [String]) {
        Swift.print(fields.map { SafeText.clean($0) }.joined(separator: "\t"))
    }

    /// Writes JSON to stdout as it is: JSONEncoder already escapes control characters.
    static func printJSON(_ data: Data) {
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
