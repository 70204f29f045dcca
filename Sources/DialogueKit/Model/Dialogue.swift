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
    /// Who is responsible for steps, copied from the template; empty in files saved before roles existed.
    public var roles: [TemplateRole]
    /// The methods chosen for the dialogue, copied from the catalogue so the file stays self-contained.
    public var methods: [MethodCard]
    /// How the handbook draws the representation model, copied from the template.
    public var representation: RepresentationModel
    /// Target groups, goals, activities, people, risks and side issues.
    public var planning: Planning
    /// The categories inputs are sorted into, copied from the template; Vänersborg's four in older files.
    public var inputCategories: [InputCategory]
    /// Everything residents said (underlaget), newest last. Nothing is ever removed from it.
    public var inputs: [Input]
    /// Participants' contact details, kept apart from the inputs and purged after their retention date.
    public var contacts: [ParticipantContact]
    /// Återkoppling and Utvärdering: responses to themes, decisions, feedback, publications, evaluation.
    public var followUp: FollowUp
    public var createdAt: Date
    public var modifiedAt: Date
    /// Who made the last change; nil in files saved before Ting recorded it, and in a new dialogue.
    public var modifiedBy: String?

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
        self.roles = template.roles
        self.methods = []
        self.representation = template.representation
        self.planning = Planning()
        self.inputCategories = template.inputCategories
        self.inputs = []
        self.contacts = []
        self.followUp = FollowUp(audiences: template.feedbackAudiences)
        self.createdAt = now
        self.modifiedAt = now
    }

    /// Decodes a dialogue file; files saved before `roles`, `methods`, `representation`, `planning`,
    /// `modifiedBy`, `inputCategories`, `inputs`, `contacts` and `followUp` existed open with them empty (or the standard).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        id = try container.decode(UUID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        question = try container.decode(String.self, forKey: .question)
        purpose = try container.decode(String.self, forKey: .purpose)
        committee = try container.decode(String.self, forKey: .committee)
        administration = try container.decode(String.self, forKey: .administration)
        caseNumber = try container.decode(String.self, forKey: .caseNumber)
        template = try container.decode(TemplateReference.self, forKey: .template)
        about = try container.decode(String.self, forKey: .about)
        gate = try container.decode(GatePolicy.self, forKey: .gate)
        levels = try container.decode([InfluenceLevel].self, forKey: .levels)
        phases = try container.decode([PhaseChecklist].self, forKey: .phases)
        roles = try container.decodeIfPresent([TemplateRole].self, forKey: .roles) ?? []
        methods = try container.decodeIfPresent([MethodCard].self, forKey: .methods) ?? []
        representation =
            try container.decodeIfPresent(RepresentationModel.self, forKey: .representation) ?? .standard
        planning = try container.decodeIfPresent(Planning.self, forKey: .planning) ?? Planning()
        inputCategories =
            try container.decodeIfPresent([InputCategory].self, forKey: .inputCategories) ?? InputCategory.standard
        inputs = try container.decodeIfPresent([Input].self, forKey: .inputs) ?? []
        contacts = try container.decodeIfPresent([ParticipantContact].self, forKey: .contacts) ?? []
        followUp = try container.decodeIfPresent(FollowUp.self, forKey: .followUp) ?? FollowUp()
        if let journal = decoder.userInfo[.inputJournal] as? DialogueCoding.JournalPointer {
            journal.name = try container.decodeIfPresent(String.self, forKey: .inputJournal)
        }
        createdAt = try container.decode(Date.self, forKey: .createdAt)
        modifiedAt = try container.decode(Date.self, forKey: .modifiedAt)
        modifiedBy = try container.decodeIfPresent(String.self, forKey: .modifiedBy)
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, id, title, question, purpose, committee, administration, caseNumber, template, about
        case gate, levels, phases, roles, methods, representation, planning, inputCategories, inputs, contacts
        case followUp, createdAt, modifiedAt, modifiedBy
        /// The name of the journal file holding the inputs (`DialogueStore`), in dialogue files that have one.
        case inputJournal
    }

    /// Encodes the dialogue file's own content: inputs and contacts live in files of their own beside it
    /// (`InputJournal`, `ContactsFile`), so they are never written here; the journal's name is, once it exists.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(question, forKey: .question)
        try container.encode(purpose, forKey: .purpose)
        try container.encode(committee, forKey: .committee)
        try container.encode(administration, forKey: .administration)
        try container.encode(caseNumber, forKey: .caseNumber)
        try container.encode(template, forKey: .template)
        try container.encode(about, forKey: .about)
        try container.encode(gate, forKey: .gate)
        try container.encode(levels, forKey: .levels)
        try container.encode(phases, forKey: .phases)
        try container.encode(roles, forKey: .roles)
        try container.encode(methods, forKey: .methods)
        try container.encode(representation, forKey: .representation)
        try container.encode(planning, forKey: .planning)
        try container.encode(inputCategories, forKey: .inputCategories)
        try container.encode(followUp, forKey: .followUp)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(modifiedAt, forKey: .modifiedAt)
        try container.encodeIfPresent(modifiedBy, forKey: .modifiedBy)
        try container.encodeIfPresent(encoder.userInfo[.inputJournal] as? String, forKey: .inputJournal)
    }

    /// The checklist of one phase.
    public func checklist(_ phase: Phase) -> PhaseChecklist? {
        phases.first { $0.phase == phase }
    }

    /// The dialogue's own name for a phase (its handbook's, such as "Inför beslut"), else the standard one.
    public func title(of phase: Phase) -> String {
        checklist(phase)?.title ?? phase.defaultTitle
    }

    /// Every item of every phase, in order, visited lazily: nothing is copied into a new array.
    public var allItems: some Sequence<ChecklistItem> { phases.lazy.flatMap(\.items) }

    /// The role with this id, if the dialogue has it.
    public func role(id: String) -> TemplateRole? {
        roles.first { $0.id == id }
    }

    /// The role responsible for an item, if it names one the dialogue has.
    public func role(of item: ChecklistItem) -> TemplateRole? {
        item.role.flatMap(role(id:))
    }

    /// The item with this id, wherever it is.
    public func item(_ id: String) -> ChecklistItem? {
        for phase in phases {
            if let item = phase.items.first(where: { $0.id == id }) { return item }
        }
        return nil
    }
}
