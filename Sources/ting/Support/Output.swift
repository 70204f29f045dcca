import Foundation
import TextSafety

/// Writes everything the CLI prints, on stdout and stderr alike, through one safe-text rule:
/// control, escape, bidi and zero-width characters from files never reach the terminal raw.
enum Output {
    /// Prints text to stdout, newlines kept, everything else cleaned.
    static func print(_ text: String) {
        Swift.print(SafeText.clean(text, keepNewlines: true))
    }

    /// Prints one tab-separated record; each field is cleaned, so a tab inside one cannot split it.
    static func printFields(_ fields: [String]) {
        Swift.print(fields.map { SafeText.clean($0) }.joined(separator: "\t"))
    }

    /// Prints an error or warning to stderr, cleaned like `print(_:)`.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((SafeText.clean(text, keepNewlines: true) + "\n").utf8))
    }

    /// Writes `value` to stdout as the CLI's JSON: pretty, sorted keys, ISO 8601 times, escaped as
    /// `printJSON(_:)` does.
    static func printJSON(encoding value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        printJSON(try encoder.encode(value))
    }

    /// Writes JSON to stdout with every character `SafeText` would replace written as a `\u` escape.
    static func printJSON(_ data: Data) {
        FileHandle.standardOutput.write(escapingUnsafeCharacters(inJSON: data))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// JSON text with C0 and C1 controls, DEL, bidi controls and zero-width characters as `\u`
    /// escapes. JSONEncoder escapes only C0; outside strings JSON has nothing but ASCII
    /// punctuation and whitespace, so every such character is inside a string, where an escape
    /// means the same character. The newlines of pretty printing stay as they are.
    static func escapingUnsafeCharacters(inJSON data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.contains(where: isEscaped) else { return data }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isEscaped(scalar) else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            out.append(contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".unicodeScalars)
        }
        return Data(String(out).utf8)
    }

    /// Every scalar `SafeText` replaces, except the newline; all are in the Basic Multilingual Plane.
    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && SafeText.needsReplacing(scalar)
    }
}
