import Foundation

/// Turns titles into file name stems and checks that a stem names a plain file inside the library.
public enum DialogueFileName {
    /// The extension of every dialogue file.
    public static let fileExtension = "json"
    /// The stem used when a title has no letters or digits at all.
    public static let fallbackStem = "dialog"
    /// The longest stem derived from a title, in characters (all ASCII).
    public static let maximumDerivedLength = 60
    /// The longest stem accepted at all, in UTF-8 bytes, leaving room for suffixes and temp names.
    public static let maximumLength = 200

    /// A stem for a title: lowercase ASCII letters, digits and single hyphens, never empty.
    /// "Ålands Ö" becomes "alands-o"; "../../etc/passwd" becomes "etc-passwd".
    public static func stem(forTitle title: String) -> String {
        var stem = ""
        var pendingHyphen = false
        for character in title.lowercased() {
            let letters = asciiLetters(for: character)
            if letters.isEmpty {
                pendingHyphen = !stem.isEmpty
                continue
            }
            if stem.count + letters.count + (pendingHyphen ? 1 : 0) > maximumDerivedLength { break }
            if pendingHyphen { stem.append("-") }
            stem += letters
            pendingHyphen = false
        }
        return stem.isEmpty ? fallbackStem : stem
    }

    /// The `number`th choice of name for a stem: the stem itself, then `stem-2`, `stem-3` …
    public static func numbered(_ stem: String, _ number: Int) -> String {
        number <= 1 ? stem : "\(stem)-\(number)"
    }

    /// Whether a stem names a plain file directly inside the library folder: not empty, not hidden,
    /// no path separators, no "..", no control characters, and not too long.
    public static func isSafe(_ stem: String) -> Bool {
        !stem.isEmpty && !stem.hasPrefix(".") && !stem.contains("..") && stem.utf8.count <= maximumLength
            && !stem.unicodeScalars.contains {
                $0 == "/" || $0 == "\\" || $0.properties.generalCategory == .control
            }
    }

    /// The file name of a stem: `<stem>.json`.
    public static func fileName(of stem: String) -> String {
        "\(stem).\(fileExtension)"
    }

    /// The stem of a dialogue file name, or nil when the name does not end in `.json`
    /// or is hidden (the index, temp files and the backup and trash folders are all hidden).
    public static func stem(ofFileName name: String) -> String? {
        let suffix = ".\(fileExtension)"
        guard name.hasSuffix(suffix), !name.hasPrefix("."), name.count > suffix.count else { return nil }
        return String(name.dropLast(suffix.count))
    }

    /// The ASCII letters a lowercased character stands for in a stem, or "" for a separator.
    private static func asciiLetters(for character: Character) -> String {
        if let replacement = replacements[character] { return replacement }
        let base = character.unicodeScalars.first.map { String($0) } ?? ""
        let folded = base.decomposedStringWithCanonicalMapping.unicodeScalars.first
        guard let scalar = folded, scalar.isASCII,
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        else { return "" }
        return String(scalar)
    }

    /// Letters that do not decompose into an ASCII base letter.
    private static let replacements: [Character: String] = [
        "æ": "ae", "ø": "o", "ß": "ss", "þ": "th", "ð": "d", "đ": "d", "ł": "l", "œ": "oe", "ı": "i",
    ]
}
