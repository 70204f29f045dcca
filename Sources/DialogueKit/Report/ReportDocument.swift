/// What `DialogueReport.json` writes: the dialogue as stored (its `planning` included), its inputs and
/// their counts, plus what is computed from it. Participants' contacts are left out.
struct ReportDocument: Encodable {
    let dialogue: Dialogue
    let progress: ChecklistProgress
    let currentPhase: Phase
    let gate: ReportGate
    let influenceLevel: InfluenceLevel?
    let phases: [ReportPhase]
    let targetGroups: [ReportTargetGroup]
    let warnings: [ReportWarning]
    /// Every input, hidden ones too (with their reason), in capture order.
    let inputs: [Input]
    let inputCounts: InputCounts

    init(_ dialogue: Dialogue, today: LocalDate?) {
        self.dialogue = dialogue
        self.progress = dialogue.progress
        self.currentPhase = dialogue.currentPhase
        self.gate = ReportGate(dialogue.gateResult, policy: dialogue.gate)
        self.influenceLevel = dialogue.influenceLevel
        self.phases = dialogue.phases.map { ReportPhase($0, schedule: dialogue.schedule(of: $0.phase)) }
        self.targetGroups = dialogue.planning.targetGroups.map { ReportTargetGroup($0, model: dialogue.representation) }
        self.warnings = dialogue.planningWarnings(today: today).map(ReportWarning.init)
        self.inputs = dialogue.inputs
        self.inputCounts = dialogue.inputCounts(matching: InputFilter(includeHidden: true))
    }
}
