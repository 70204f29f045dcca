import TextSafety

/// The bottom line listing the keys that work here, e.g. ` ↑↓ flytta  Mellanslag bocka  ? hjälp`.
public enum HintLine {
    /// Draws the hints into the first row of `rect`, keys in the `key` style and labels in `hint`.
    /// A hint that does not fit whole is left out; later, shorter ones may still be shown.
    public static func render(
        _ hints: [(key: String, label: String)], in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        guard !rect.isEmpty else { return }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        buffer.fill(row, style: Style(.hint))
        var x = row.x
        var isFirst = true
        for hint in hints {
            let key = SafeText.clean(hint.key)
            let label = SafeText.clean(hint.label)
            let gap = isFirst ? 1 : 2
            let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(label)
            guard x + gap + width <= row.maxX else { continue }
            x += gap
            x += buffer.write(key, at: Point(x: x, y: row.y), style: Style(.key), clip: row)
            x += buffer.write(" " + label, at: Point(x: x, y: row.y), style: Style(.hint), clip: row)
            isFirst = false
        }
    }
}
