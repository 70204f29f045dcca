import DialogueKit

/// The open dialogue's undo and redo stacks, from the moment it was opened.
public struct UndoHistory: Equatable, Sendable {
    /// Steps that `u` takes back, the latest last.
    public var undo: [UndoStep] = []
    /// Steps that Ctrl-R does again, the latest undone last.
    public var redo: [UndoStep] = []

    public init() {}

    /// Records a change made here: it can be undone, and what was undone before can no longer be redone.
    mutating func record(_ step: UndoStep) {
        undo.append(step)
        redo.removeAll()
    }
}
