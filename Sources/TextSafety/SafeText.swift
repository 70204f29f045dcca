/// Makes text from files safe to show: control, escape, bidi and zero-width characters never
/// reach the terminal raw, in the TUI or in CLI output, and a quoted value is never huge.
public enum SafeText {
    /// The most characters `excerpt(_:)` keeps, by default.
    public static let excerptLength = 80
    /// The most Unicode scalars `excerpt(_:)` keeps of one character (a letter and its marks).
    public static let scalarsPerCharacter = 8
    /// The most characters a message quotes of a parser's own description, which may quote the file.
    public static let parserMessageLength = 200
    /// The most names `excerpts(_:)` lists.
    public static let listedNames = 20

    /// Replaces C0/C1 control characters and DEL with visible symbols (ESC becomes "␛", other C0
    /// controls their Control Pictures, C1 and DEL "�"), and shows bidi controls and zero-width
    /// characters as their code, e.g. "‹U+202E›", so they can neither reorder nor hide text.
    /// Newlines and tabs become spaces unless `keepNewlines` is set.
    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n" && keepNewlines {
                out.append(s)
            } else if s == "\n" || s == "\t" || s == "\r" {
                out.append(" ")
            } else if s.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + s.value)!)
            } else if s.value == 0x7F || (0x80..<0xA0).contains(s.value) {
                out.append("\u{FFFD}")
            } else if isInvisibleFormat(s) {
                out.append(contentsOf: visibleCode(of: s).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// At most `length` characters of `text`, each cut to `scalarsPerCharacter` scalars, with "…"
    /// where anything was left out: what an error message may quote of a value from a file.
    public static func excerpt(_ text: some StringProtocol, length: Int = excerptLength) -> String {
        var out = ""
        var count = 0
        var cut = false
        for character in text {
            if count == length {
                cut = true
                break
            }
            let scalars = character.unicodeScalars
            if scalars.count > scalarsPerCharacter {
                out.unicodeScalars.append(contentsOf: scalars.prefix(scalarsPerCharacter))
                cut = true
            } else {
                out.append(character)
            }
            count += 1
        }
        return cut ? out + "…" : out
    }

    /// At most `limit` of `names`, each an excerpt, joined by ", " and ending in ", …" when some were
    /// left out: how a message lists choices taken from a file.
    public static func excerpts(_ names: [String], limit: Int = listedNames) -> String {
        let shown = names.prefix(limit).map { excerpt($0) }
        return (shown + (names.count > limit ? ["…"] : [])).joined(separator: ", ")
    }

    /// Whether `s` is one of the characters `clean` replaces.
    public static func needsReplacing(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || s.value == 0x7F || (0x80..<0xA0).contains(s.value) || isInvisibleFormat(s)
    }

    /// Bidi controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) and zero-width characters
    /// (U+200B–U+200D, U+2060, U+FEFF): invisible, yet able to reorder or hide what is shown.
    static func isInvisibleFormat(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// "‹U+202E›".
    private static func visibleCode(of s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "‹U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)›"
    }
}
