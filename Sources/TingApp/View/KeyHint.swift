import TerminalKit

/// One key and what it does here, for the hint line and the help overlay.
struct KeyHint: Equatable {
    let key: String
    let label: String
    /// Shown in the bottom hint line too, not only in the help overlay.
    let inHintLine: Bool

    init(_ key: String, _ label: String, hintLine: Bool = true) {
        self.key = key
        self.label = label
        self.inHintLine = hintLine
    }

    /// The hint a key binding gives of itself.
    init(_ binding: KeyBinding) {
        self.init(binding.keyText, binding.label, hintLine: binding.inHintLine)
    }
}
