/// The keys that work in one state, in order, each bound to the action it runs. The same value answers
/// "what does this key do" (`action(for:)`) and "which keys work here" (`bindings`), so help can never
/// drift from behaviour.
public struct KeyMap<Action>: Sendable where Action: Sendable {
    /// A binding and the action it runs.
    public struct Entry: Sendable {
        public var binding: KeyBinding
        public var action: Action
    }

    /// The entries, in the order they are shown and matched; the first match wins.
    public private(set) var entries: [Entry]

    public init(_ entries: [(KeyBinding, Action)] = []) {
        self.entries = entries.map { Entry(binding: $0.0, action: $0.1) }
    }

    /// Adds a binding at the end.
    public mutating func add(_ binding: KeyBinding, _ action: Action) {
        entries.append(Entry(binding: binding, action: action))
    }

    /// The action `key` runs here, or nil when no binding takes it.
    public func action(for key: Key) -> Action? {
        entries.first { $0.binding.matches(key) }?.action
    }

    /// The bindings, in order, for the hint line and the help overlay.
    public var bindings: [KeyBinding] { entries.map(\.binding) }
}

extension Array where Element == KeyBinding {
    /// These bindings followed by those of `later` that still have a key of their own: a later binding
    /// whose every key an earlier one takes is never reached, so it is not shown either.
    public func shadowing(_ later: [KeyBinding]) -> [KeyBinding] {
        let taken = Set(flatMap(\.keys))
        return self + later.filter { binding in binding.keys.isEmpty || binding.keys.contains { !taken.contains($0) } }
    }
}

extension KeyMap {
    /// The same bindings running `transform(action)` instead: a panel takes in a widget's or a sub-list's
    /// keys under its own action type.
    public func map<Other: Sendable>(_ transform: (Action) -> Other) -> KeyMap<Other> {
        KeyMap<Other>(entries.map { ($0.binding, transform($0.action)) })
    }

    /// These entries followed by `other`'s.
    public static func + (lhs: KeyMap, rhs: KeyMap) -> KeyMap {
        KeyMap(lhs.entries.map { ($0.binding, $0.action) } + rhs.entries.map { ($0.binding, $0.action) })
    }
}
