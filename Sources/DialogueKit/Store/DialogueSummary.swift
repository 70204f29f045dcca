import Foundation
import TextSafety

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
    public var progress: ChecklistProgress
    public var gate: GateState
    /// When the dialogue itself says it was last changed.
    public var modifiedAt: Date
    /// True when the file was written by a newer Ting and can only be read.
    public var isReadOnly: Bool
    /// What is due in the dialogue, with its dates (`Dialogue.dueItems`): whether something is overdue
    /// depends on the day it is shown, so the index keeps the dates, not the verdict.
    public var due: [DueItem]

    /// The most characters a summary keeps of a title or template name (see `SafeText.excerpt`):
    /// the library shows one line of each, and the index must stay small whatever a file holds.
    public static let maximumTextLength = 200

    /// A summary with every field given.
    public init(
        stem: String, title: String, templateID: String, templateName: String, currentPhase: Phase,
        progress: ChecklistProgress, gate: GateState, modifiedAt: Date, isReadOnly: Bool,
        due: [DueItem] = []
    ) {
        self.stem = stem
        self.title = title
        self.templateID = templateID
        self.templateName = templateName
        self.currentPhase = currentPhase
        self.progress = progress
        self.gate = gate
        self.modifiedAt = modifiedAt
        self.isReadOnly = isReadOnly
        self.due = due
    }

    /// The summary of a dialogue stored under `stem`, its texts cut to `maximumTextLength`.
    public init(stem: String, dialogue: Dialogue, isReadOnly: Bool) {
        self.init(
            stem: stem, title: SafeText.excerpt(dialogue.title, length: Self.maximumTextLength),
            templateID: SafeText.excerpt(dialogue.template.id, length: Self.maximumTextLength),
            templateName: SafeText.excerpt(dialogue.template.name, length: Self.maximumTextLength),
            currentPhase: dialogue.currentPhase,
            progress: dialogue.progress,
            gate: GateState(dialogue.gateResult), modifiedAt: dialogue.modifiedAt, isReadOnly: isReadOnly,
            due: dialogue.dueItems.map {
                var item = $0
                item.words = SafeText.excerpt(item.words, length: Self.maximumTextLength)
                return item
            })
    }

    /// The phases whose end date lies before `today` while their checklist is incomplete.
    public func overduePhases(today: LocalDate) -> [Phase] {
        due.overdue(today: today).compactMap { $0.kind == .phaseEnd ? Phase(rawValue: $0.reference) : nil }.sorted()
    }

    /// The soonest thing due: the most overdue one when any is overdue, else the next upcoming one.
    public var nextDue: DueItem? { due.next }
}
