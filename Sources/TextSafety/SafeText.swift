/// Makes text from files safe to show: control and escape characters never
/// reach the terminal raw, in the TUI or in CLI output.
public enum SafeText {
    /// Replaces C0/C1 control characters and DEL with visible symbols
    /// (ESC becomes "␛", other C0 controls their Control Pictures, C1 and DEL "�").
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
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    private static func needsReplacing(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || s.value == 0x7F || (0x80..<0xA0).contains(s.value)
    }
}
