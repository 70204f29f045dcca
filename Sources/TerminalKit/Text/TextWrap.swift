import TextSafety

/// Word wrapping and truncation by display width (`DisplayWidth`), never by `String.count`.
public enum TextWrap {
    /// Wraps text into lines at most `width` columns wide: breaks after spaces, breaks words
    /// longer than a line, keeps explicit newlines. Empty text gives `[""]`. A width below 1
    /// counts as 1, and a grapheme wider than the line still gets a line of its own.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let graphemes = Array(text)
        var lines: [String] = []
        for paragraph in paragraphs(graphemes) {
            let ranges = lineRanges(graphemes[paragraph], width: width)
            for (index, range) in ranges.enumerated() {
                lines.append(displayLine(graphemes[range], softBreak: index < ranges.count - 1, width: width))
            }
        }
        return lines
    }

    /// The text cut to at most `width` columns, ending in "…" when something was cut. The text is
    /// cleaned first (`SafeText.clean`), so the cut is measured on what is drawn: a bidi control
    /// shown as "‹U+202E›" takes eight columns, not none.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let text = SafeText.clean(text)
        if DisplayWidth.of(text) <= width { return text }
        var kept = ""
        var used = 0
        for grapheme in text {
            let w = DisplayWidth.of(grapheme)
            if used + w > width - 1 { break }
            kept.append(grapheme)
            used += w
        }
        return kept + "…"
    }

    /// The grapheme ranges between newlines (the newlines themselves left out).
    static func paragraphs(_ graphemes: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, grapheme) in graphemes.enumerated() where grapheme.isNewline {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<graphemes.count)
        return ranges
    }

    /// How one paragraph splits into lines: consecutive ranges covering every grapheme.
    /// Spaces at a break stay at the end of their line and may hang past `width`.
    static func lineRanges(_ graphemes: ArraySlice<Character>, width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var ranges: [Range<Int>] = []
        var start = graphemes.startIndex
        var column = 0
        var lastBreak: Int?
        var index = start
        while index < graphemes.endIndex {
            let grapheme = graphemes[index]
            let w = DisplayWidth.of(grapheme)
            if grapheme == " " {
                column += w
                index += 1
                lastBreak = index
            } else if column + w > width && index > start {
                let end = lastBreak ?? index
                ranges.append(start..<end)
                start = end
                column = DisplayWidth.of(String(graphemes[start..<index]))
                lastBreak = nil
            } else {
                column += w
                index += 1
            }
        }
        ranges.append(start..<graphemes.endIndex)
        return ranges
    }

    /// A line as shown: spaces before a soft break dropped, spaces hanging past `width` cut.
    static func displayLine(_ graphemes: ArraySlice<Character>, softBreak: Bool, width: Int) -> String {
        var line = graphemes
        while line.last == " " && (softBreak || DisplayWidth.of(String(line)) > max(1, width)) {
            line.removeLast()
        }
        return String(line)
    }
}
