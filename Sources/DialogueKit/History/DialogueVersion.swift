import Foundation

/// One version of a dialogue: the current file or an earlier one kept in `.backup/`, with when and by whom
/// it was saved and what it changed compared with the version before it.
public struct DialogueVersion: Equatable, Sendable {
    /// 1 for the current file, 2 for the version before it, and so on.
    public let number: Int
    /// Where the version is, relative to the library folder: `parken.json` or `.backup/parken/….json`.
    public let path: String
    /// The dialogue it holds; nil when the file cannot be read (then `problem` says why).
    public let dialogue: Dialogue?
    /// Why the file cannot be read, as one sentence; nil when it can.
    public let problem: String?
    /// When it was saved: the time the dialogue records, else the file's modification time.
    public let savedAt: Date
    /// Who saved it, when the file says.
    public let author: String?
    /// What changed compared with the version before it, in words; empty for the oldest version kept.
    public let changes: [String]

    public init(
        number: Int, path: String, dialogue: Dialogue?, problem: String?, savedAt: Date, author: String?,
        changes: [String]
    ) {
        self.number = number
        self.path = path
        self.dialogue = dialogue
        self.problem = problem
        self.savedAt = savedAt
        self.author = author
        self.changes = changes
    }

    /// Whether this is the file in the library itself, not a kept earlier version.
    public var isCurrent: Bool { number == 1 }
}
