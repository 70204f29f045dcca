import Foundation

/// One question or step of a phase's checklist, in the handbook's own words,
/// together with the answer given so far.
public struct ChecklistItem: Codable, Equatable, Sendable, Identifiable {
    /// Stable id, unique within the dialogue (e.g. `beslut.beslutsfattare`).
    public let id: String
    public var kind: ItemKind
    /// The handbook's text of the question or step.
    public var text: String
    /// Longer guidance from the handbook, shown on demand.
    public var guidance: String?
    /// The id of the template role responsible for the step, where the handbook says;
    /// `Dialogue.role(of:)` finds the role itself.
    public var role: String?
    /// For a date item: the phase start or end it sets in the schedule.
    public var schedule: ScheduleSlot?
    /// For an evaluation question: the evidence Ting holds that answers it, shown beside it.
    public var evidence: EvidenceKind?
    /// For a question whose answer is a part of the summary report: which part.
    public var report: ReportTopic?

    /// A check item's state; nil means not done.
    public var done: Bool?
    /// A gate item's answer; nil means unanswered.
    public var answer: GateAnswer?
    /// A question's free-text answer, or the chosen level's id for a level item.
    public var response: String?
    /// A date item's date.
    public var date: LocalDate?
    /// The person (id in the dialogue's planning) the item is assigned to.
    public var assignee: String?
    /// Who changed the answer last, and when.
    public var lastChange: ItemChange?

    public init(
        id: String, kind: ItemKind, text: String, guidance: String? = nil, role: String? = nil,
        schedule: ScheduleSlot? = nil, evidence: EvidenceKind? = nil, report: ReportTopic? = nil
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.guidance = guidance
        self.role = role
        self.schedule = schedule
        self.evidence = evidence
        self.report = report
    }

    /// Whether the item counts as dealt with for progress; a gate answered "nej" is not: it stops the dialogue.
    public var isComplete: Bool {
        switch kind {
        case .check: done == true
        case .gate: answer == .yes
        case .question, .level: response?.unicodeScalars.contains { !$0.properties.isWhitespace } ?? false
        case .date: date != nil
        }
    }
}
