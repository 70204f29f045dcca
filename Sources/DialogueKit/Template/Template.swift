/// A handbook as data: its phases and checklists, gate policy and influence
/// ladder. A new dialogue copies all of it, so the dialogue file stays
/// meaningful if the template changes or disappears.
public struct Template: Equatable, Sendable, Identifiable {
    public var id: String
    public var version: Int
    /// A short name for lists, e.g. "Helsingborg – invånardialog".
    public var name: String
    public var source: TemplateSource
    /// The handbook's own summary: what a dialogue is and what success looks like.
    public var about: String
    public var gate: GatePolicy
    public var levels: [InfluenceLevel]
    /// Who is responsible for steps, in the handbook's words; items refer to them by id.
    public var roles: [TemplateRole]
    /// The five phases, in order.
    public var phases: [PhaseChecklist]
    /// How the handbook draws the representation model; `.standard` where it has none.
    public var representation: RepresentationModel
    /// The categories inputs are sorted into; Vänersborg's four where the handbook names none.
    public var inputCategories: [InputCategory]
    /// Who feedback goes to, in the handbook's words; Vänersborg's three where the handbook names none.
    public var feedbackAudiences: [FeedbackAudience]

    public init(
        id: String, version: Int, name: String, source: TemplateSource, about: String,
        gate: GatePolicy, levels: [InfluenceLevel], phases: [PhaseChecklist],
        roles: [TemplateRole] = [], representation: RepresentationModel = .standard,
        inputCategories: [InputCategory] = InputCategory.standard,
        feedbackAudiences: [FeedbackAudience] = FeedbackAudience.standard
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.source = source
        self.about = about
        self.gate = gate
        self.levels = levels
        self.phases = phases
        self.roles = roles
        self.representation = representation
        self.inputCategories = inputCategories
        self.feedbackAudiences = feedbackAudiences
    }

    /// The reference a dialogue keeps to this template.
    public var reference: TemplateReference {
        TemplateReference(id: id, version: version, name: name, source: source)
    }

    /// The checklist of one phase.
    public func checklist(_ phase: Phase) -> PhaseChecklist? {
        phases.first { $0.phase == phase }
    }

    /// Every item of every phase, in order.
    public var allItems: [ChecklistItem] { phases.flatMap(\.items) }
}
