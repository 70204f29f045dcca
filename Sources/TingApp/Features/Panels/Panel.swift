import DialogueKit
import TerminalKit

/// A panel of a phase: a component with its own state, key bindings, update and view, hosted by the
/// dialogue screen beside the phase's checklist (the bubbletea idea: a model that updates and renders itself
/// into a rect). Register a panel with one line in `PanelRegistry`; ARCHITECTURE.md ("Panels") says how to write one.
protocol Panel: Sendable {
    /// What the panel's keys ask for; `perform` does it.
    associatedtype Action: Sendable

    /// The panel's id, unique among all panels.
    static var id: PanelID { get }
    /// The panel's name on the panel bar.
    static var title: String { get }

    /// The panel as it is when the dialogue opens.
    init()

    /// The keys that work in the panel's current state, each bound to what it does. The host runs the
    /// action a key matches and shows these bindings in the hint line and `?`: behaviour and help are one list.
    func keyMap(in context: PanelContext) -> KeyMap<Action>

    /// Does what a bound key asked (`key` is the key pressed, for bindings of several keys such as ↑↓).
    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect]

    /// A key no binding took: typed into the panel's open text field. Returns nil when the panel does not
    /// use it; the host then offers it to the dialogue screen's keys only while `isBrowsing`.
    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]?

    /// Whether the panel shows its list with nothing typed, chosen or asked: then `u` undoes, the screen's
    /// keys (phases, panels, help, back) work, and `?` lists them.
    var isBrowsing: Bool { get }

    /// Whether the panel takes the whole screen above the status and hint rows (a full-screen mode such as
    /// meeting mode) instead of the area under the tabs; the host then draws no title, tabs or panel bar.
    var coversScreen: Bool { get }

    /// Draws the panel into `area`; returns where the cursor goes while a field is typed.
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point?

    /// Keeps selections on entries that still exist after the dialogue changed under the panel (undo, a
    /// merge, another writer).
    mutating func dialogueChanged(_ dialogue: Dialogue)

    /// A click at `point` inside the panel's area.
    mutating func clicked(at point: Point, in context: inout PanelContext) -> [Effect]
}

extension Panel {
    var coversScreen: Bool { false }
    func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? { nil }
    mutating func dialogueChanged(_ dialogue: Dialogue) {}
    func clicked(at point: Point, in context: inout PanelContext) -> [Effect] { [] }

    /// The host's one way in: a bound key runs its action, any other goes to `typed`.
    mutating func handle(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        if let action = keyMap(in: context).action(for: key) { return perform(action, key: key, in: &context) }
        return typed(key, in: &context)
    }

    /// The panel's bindings in its current state, for the hint line and `?`.
    func bindings(in context: PanelContext) -> [KeyBinding] { keyMap(in: context).bindings }
}
