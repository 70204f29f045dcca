/// The state of a form of fields: the selected field and, while it is typed, its text field. What each
/// field holds stays with the caller (usually the record the form edits), so the form never goes stale.
public struct FormState<Field: CaseIterable & Equatable & Sendable>: Sendable where Field.AllCases == [Field] {
    /// The field with the selection.
    public var selected: Field
    /// The text field, while the selected field is being typed.
    public var editor: TextEditor?

    /// A form on its first field, typing it when `typing` holds its text.
    public init(typing text: String? = nil) {
        self.selected = Field.allCases[0]
        self.editor = text.map { TextEditor(text: $0) }
    }

    /// The keys that move between fields: ↑↓, j/k, and Tab to the next.
    public static var moveKeys: [Key] { [.up, .down, .character("k"), .character("j"), .tab] }

    /// The binding of `moveKeys`, described as `label` ("flytta").
    public static func moveBinding(_ label: String) -> KeyBinding {
        KeyBinding(moveKeys, "↑↓", label)
    }

    /// Whether a field is being typed.
    public var isTyping: Bool { editor != nil }

    /// The selected field's position in the form.
    public var index: Int { Field.allCases.firstIndex(of: selected) ?? 0 }

    /// Moves the selection as `key` asks (↑ k to the previous field, ↓ j Tab to the next, stopping at the
    /// ends); returns false for a key that does not move it.
    @discardableResult
    public mutating func move(_ key: Key) -> Bool {
        let fields = Field.allCases
        switch key {
        case .up, .character("k"): selected = fields[max(0, index - 1)]
        case .down, .character("j"), .tab: selected = fields[min(fields.count - 1, index + 1)]
        default: return false
        }
        return true
    }

    /// Opens the selected field's text field holding `text`.
    public mutating func beginTyping(_ text: String) {
        editor = TextEditor(text: text)
    }

    /// Gives a key to the text field being typed (characters, Backspace, ←→ …).
    public mutating func type(_ key: Key) {
        guard var editor else { return }
        _ = editor.handle(key)
        self.editor = editor
    }
}
