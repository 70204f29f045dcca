import Foundation

/// What the library screen and `ting list` show of a dialogue, kept in the index so that
/// listing never decodes every file.
public struct DialogueSummary: Codable, Equatable, Sendable {
    /// The file name without `.json`.
    public var stem: String
    public var title: String
    public var templateID: String
    public var templateName: String
    /// The first phase that is not complete.
    public var currentPhase: Phase
    /// Progress over all phases.
    public var progress: Progress
    public var gate: GateState
    /// When the dialogue itself says it was last changed.
    public var modifiedAt: Date
    /// True when the file was written by a newer Ting and can only be read.
    public var isReadOnly: Bool

    /// The summary of a dialogue stored under `stem`.
    public init(stem: String, dialogue: Dialogue, isReadOnly: Bool) {
        self.stem = stem
        self.title = dialogue.title
        self.templateID = dialogue.template.id
        self.templateName = dialogue.template.name
        self.currentPhase = dialogue.currentPhase
        self.progress = dialogue.progress
        self.gate = GateState(dialogue.gateResult)
        self.modifiedAt = dialogue.modifiedAt
        self.isReadOnly = isReadOnly
    }
}
