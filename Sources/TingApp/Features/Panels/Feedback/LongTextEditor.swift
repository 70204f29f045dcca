import TerminalKit
import TextSafety

/// A text of several paragraphs being written over a panel's area (a feedback text, a publication text):
/// Enter starts a new line, Ctrl-S saves, Esc leaves, asking first when the text has changed, so words
/// written are never lost by a key pressed in passing.
struct LongTextEditor: Equatable, Sendable {
    /// What the editor's keys ask for.
    enum Action: Sendable {
        case save, leave, newLine, moveRow, discard, keepWriting
    }

    /// What a key came to: go on writing, save this text, or close without saving.
    enum Outcome: Equatable, Sendable {
        case writing
        case save(String)
        case close
    }

    /// What is written, shown above the text.
    var title: String
    var editor: TextEditor
    /// The text as stored when the editor opened: leaving asks first when the text is no longer this.
    private(set) var original: String
    /// Asking whether to throw away what was written.
    var confirmingDiscard = false

    /// An editor holding `text` (the stored text, or a draft made from the data) for a text stored as `original`.
    init(title: String, text: String, original: String) {
        self.title = title
        self.editor = TextEditor(text: text)
        self.original = original
    }

    /// Whether the text differs from the one stored.
    var isChanged: Bool { editor.text != original }

    /// The editor's keys: while asking, y/n; else Ctrl-S, Esc, Enter and the arrows (every other key is typed).
    var keyMap: KeyMap<Action> {
        let s = UIStrings.swedish
        if confirmingDiscard {
            return CommonBindings.confirmation(s.keyDiscard, yes: .discard, no: .keepWriting)
        }
        return KeyMap([
            (KeyBinding([.control("s")], "Ctrl-S", s.keySave), .save),
            (KeyBinding([.escape], "Esc", s.keyCancel), .leave),
            (KeyBinding([.enter], "Enter", s.keyNewLine), .newLine),
            (KeyBinding([.up, .down], "↑↓", s.keyMove), .moveRow),
            (KeyBinding([.pageUp, .pageDown], "PgUp/PgDn", s.keyPage, hintLine: false), .moveRow),
            (KeyBinding([.left, .right, .home, .end], "←→ Home/End", s.keyMove, hintLine: false), .moveRow),
        ])
    }

    /// Does what a bound key asked; `area` is where the editor is drawn (rows move in its width).
    mutating func perform(_ action: Action, key: Key, in area: Rect) -> Outcome {
        switch action {
        case .save: return .save(editor.text)
        case .leave:
            guard isChanged else { return .close }
            confirmingDiscard = true
        case .discard: return .close
        case .keepWriting: confirmingDiscard = false
        case .newLine: editor.insert("\n")
        case .moveRow:
            let width = Self.fieldRect(in: area).width
            switch key {
            case .up, .down: editor.moveVertically(key == .up ? -1 : 1, width: width)
            case .pageUp, .pageDown:
                // A page less one row, so the row at the edge stays in sight; stops at the first or last row.
                var rows = max(1, Self.fieldRect(in: area).height - 1)
                while rows > 0, editor.moveVertically(key == .pageUp ? -1 : 1, width: width) { rows -= 1 }
            default: _ = editor.handle(key)
            }
        }
        return .writing
    }

    /// Whether the text may be saved over `stored`, the text as the dialogue holds it now: not when someone
    /// else changed it while this one was written. Then the editor takes `stored` as the text it replaces, so
    /// a second Ctrl-S saves over it knowingly (theirs stays in the dialogue's versions).
    mutating func maySave(over stored: String) -> Bool {
        guard stored != original, stored != editor.text else { return true }
        original = stored
        return false
    }

    /// A key no binding took: typed into the text (never while asking).
    mutating func type(_ key: Key) {
        guard !confirmingDiscard else { return }
        _ = editor.handle(key)
    }

    /// Where the text goes in the editor's area: under the title row and a rule.
    static func fieldRect(in area: Rect) -> Rect {
        area.inset(top: min(2, area.height), left: 1, right: 1)
    }

    /// Draws the title, the text (scrolled so the cursor shows) and, while asking, the question over it;
    /// returns where the cursor goes.
    func render(in area: Rect, screen: Size, into buffer: inout ScreenBuffer) -> Point? {
        guard !area.isEmpty else { return nil }
        let s = UIStrings.swedish
        buffer.fill(area)
        let titleRow = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        let changed = isChanged ? " · \(s.editorChanged)" : ""
        buffer.write(
            TextWrap.truncate(" " + SafeText.clean(title) + changed, width: area.width),
            at: Point(x: area.x, y: area.y),
            style: Style(.header, bold: true), clip: titleRow)
        if area.height > 1 { buffer.drawHLine(y: area.y + 1, x: area.x, width: area.width, style: Style(.border)) }
        let field = Self.fieldRect(in: area)
        buffer.fill(field, style: Style(.field))
        let cursor = FormBox.field(editor, in: field, into: &buffer)
        guard confirmingDiscard else { return cursor }
        Overlay.render(
            title: s.editorDiscardQuestion, lines: [s.editorDiscardBody], in: Rect(screen), into: &buffer)
        return nil
    }
}
