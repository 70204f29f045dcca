/// One key binding: the keys that trigger an action and the words that describe it, in one value, so the
/// hint line and the help overlay are made from the bindings that really run (the idea of Go's bubbles/key).
public struct KeyBinding: Hashable, Sendable {
    /// The keys that trigger it.
    public var keys: [Key]
    /// How the keys are written for the user, e.g. "↑↓" or "Tab/Shift-Tab".
    public var keyText: String
    /// What the keys do, e.g. "flytta".
    public var label: String
    /// Shown in the bottom hint line too, not only in the help overlay.
    public var inHintLine: Bool

    public init(_ keys: [Key], _ keyText: String, _ label: String, hintLine: Bool = true) {
        self.keys = keys
        self.keyText = keyText
        self.label = label
        self.inHintLine = hintLine
    }

    /// A binding of one character key, written as itself: `KeyBinding("a", "lägg till")`.
    public init(_ character: Character, _ label: String, hintLine: Bool = true) {
        self.init([.character(character)], String(character), label, hintLine: hintLine)
    }

    /// Whether `key` triggers this binding.
    public func matches(_ key: Key) -> Bool { keys.contains(key) }

    /// The same binding, shown only in the help overlay.
    public var helpOnly: KeyBinding {
        var binding = self
        binding.inHintLine = false
        return binding
    }

    /// The same keys with another description, e.g. Esc saying "rensa filtret" instead of "tillbaka".
    public func labelled(_ label: String) -> KeyBinding {
        var binding = self
        binding.label = label
        return binding
    }
}

extension KeyBinding {
    /// A row of the help overlay that explains a sign on screen rather than a key: it matches no key.
    public static func legend(_ sign: String, _ meaning: String) -> KeyBinding {
        KeyBinding([], sign, meaning, hintLine: false)
    }
}
