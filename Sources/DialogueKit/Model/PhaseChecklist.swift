/// One phase of a dialogue (or template): its title in the handbook's words,
/// an introduction, and its checklist.
public struct PhaseChecklist: Codable, Equatable, Sendable {
    public var phase: Phase
    /// The handbook's name for the phase, e.g. "Beslut" or "Planera".
    public var title: String
    /// The handbook's introduction to the phase.
    public var intro: String?
    public var items: [ChecklistItem]

    public init(phase: Phase, title: String, intro: String? = nil, items: [ChecklistItem]) {
        self.phase = phase
        self.title = title
        self.intro = intro
        self.items = items
    }

    /// How many items are dealt with, out of how many.
    public var progress: ChecklistProgress {
        var done = 0
        for item in items where item.isComplete { done += 1 }
        return ChecklistProgress(done: done, total: items.count)
    }
}
