import Foundation

/// One planned citizen dialogue (invånardialog / medborgardialog): everything
/// the handbooks ask for, self-contained in one file.
public struct Dialogue: Codable, Equatable, Sendable, Identifiable {
    /// The file format version this build writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public let id: UUID
    public var title: String
    /// The question the dialogue is about (frågan).
    public var question: String
    /// Why the dialogue is held (syfte).
    public var purpose: String
    /// The committee that owns the question (nämnd).
    public var committee: String
    /// The administration that runs the dialogue (förvaltning).
    public var administration: String
    /// The case number (diarienummer).
    public var caseNumber: String
    /// The template it was created from, kept for reference.
    public var template: TemplateReference
    /// The handbook's own summary, copied from the template.
    public var about: String
    public var gate: GatePolicy
    /// The handbook's influence ladder, copied from the template.
    public var levels: [InfluenceLevel]
    /// The five phases with their checklists, in order.
    public var phases: [PhaseChecklist]
    public var createdAt: Date
    public var modifiedAt: Date

    /// A new dialogue with its own copy of the template's checklists.
    public init(template: Template, title: String, now: Date, id: UUID = UUID()) {
        self.schemaVersion = Dialogue.currentSchemaVersion
        self.id = id
        self.title = title
        self.question = ""
        self.purpose = ""
        self.committee = ""
        self.administration = ""
        self.caseNumber = ""
        self.template = template.reference
        self.about = template.about
        self.gate = template.gate
        self.levels = template.levels
        self.phases = template.phases
        self.createdAt = now
        self.modifiedAt = now
    }

    /// The checklist of one phase.
    public func checklist(_ phase: Phase) -> PhaseChecklist? {
        phases.first { $0.phase == phase }
    }

    /// Every item of every phase, in order.
    public var allItems: [ChecklistItem] { phases.flatMap(\.items) }

    /// The item with this id, wherever it is.
    public func item(_ id: String) -> ChecklistItem? {
        for phase in phases {
            if let item = phase.items.first(where: { $0.id == id }) { return item }
        }
        return nil
    }
}
