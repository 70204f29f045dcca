/// Wraps text into lines of at most a given width, breaking between words and keeping the
/// text's own line breaks. Counts characters, which suits Swedish text (å ä ö are one column).
enum PlainTextWrapper {
    /// `text` as lines of at most `width` characters (a longer word gets a line of its own).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// `text` wrapped to `width` columns, the first line after `firstPrefix` and the rest
    /// indented to line up under it.
    static func block(_ text: String, firstPrefix: String, width: Int) -> [String] {
        let indent = String(repeating: " ", count: firstPrefix.count)
        return wrap(text, width: max(width - firstPrefix.count, 20)).enumerated().map { index, line in
            index == 0 ? firstPrefix + line : line.isEmpty ? "" : indent + line
        }
    }
}
