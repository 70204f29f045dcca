/// A one-field text editor: the text, a cursor counted in graphemes (so "å" or "e" plus a
/// combining accent is one step), editing keys, and the wrapped layout to draw it.
public struct TextEditor: Equatable, Sendable {
    /// The text being edited.
    public var text: String
    /// The cursor as a grapheme offset into `text`: 0 is before the first grapheme.
    public var cursor: Int

    /// An editor holding `text`, with the cursor at its end.
    public init(text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Applies an editing key: characters insert, backspace and delete remove one grapheme,
    /// left/right/home/end move. Returns false for keys it leaves to the caller
    /// (enter, escape, tab, up, down, control keys).
    public mutating func handle(_ key: Key) -> Bool {
        var graphemes = Array(text)
        let at = min(max(0, cursor), graphemes.count)
        switch key {
        case .character(let character):
            guard !Self.isControl(character) else { return false }
            insert(String(character))
        case .backspace:
            if at > 0 {
                graphemes.remove(at: at - 1)
                text = String(graphemes)
                cursor = at - 1
            }
        case .delete:
            if at < graphemes.count {
                graphemes.remove(at: at)
                text = String(graphemes)
                cursor = at
            }
        case .left: cursor = max(0, at - 1)
        case .right: cursor = min(graphemes.count, at + 1)
        case .home: cursor = 0
        case .end: cursor = graphemes.count
        default: return false
        }
        return true
    }

    /// Inserts text at the cursor and moves the cursor past it. A combining mark joins the
    /// grapheme before the cursor, which then stays one step.
    public mutating func insert(_ string: String) {
        let graphemes = Array(text)
        let at = min(max(0, cursor), graphemes.count)
        let before = String(graphemes[..<at]) + string
        text = before + String(graphemes[at...])
        cursor = min(before.count, text.count)
    }

    /// The text wrapped to `width` columns and the cursor's column (`x`) and row (`y`) in those
    /// lines. A cursor after a full line stands at the start of the next row, which is an empty
    /// extra line when the full line ends a paragraph.
    public func layout(width: Int) -> (lines: [String], cursor: Point) {
        let layout = TextEditorLayout(Array(text), width: width)
        return (layout.lines, layout.positions[min(max(0, cursor), layout.positions.count - 1)])
    }

    /// Moves the cursor `delta` rows up (negative) or down in the wrapped layout, keeping its
    /// column where the row is long enough. Returns false, without moving, past the first or last row.
    @discardableResult
    public mutating func moveVertically(_ delta: Int, width: Int) -> Bool {
        let layout = TextEditorLayout(Array(text), width: width)
        let current = layout.positions[min(max(0, cursor), layout.positions.count - 1)]
        let row = current.y + delta
        guard delta != 0, row >= 0, row < layout.lines.count else { return false }
        var best: Int?
        for (offset, position) in layout.positions.enumerated() where position.y == row {
            guard let chosen = best else {
                best = offset
                continue
            }
            let bestColumn = layout.positions[chosen].x
            if position.x <= current.x && position.x >= bestColumn { best = offset }
        }
        guard let best else { return false }
        cursor = best
        return true
    }

    private static func isControl(_ character: Character) -> Bool {
        character.isNewline || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
