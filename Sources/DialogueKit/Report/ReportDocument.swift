/// What `DialogueReport.json` writes: the dialogue as stored, plus what is computed from it.
struct ReportDocument: Encodable {
    let dialogue: Dialogue
    let progress: ChecklistProgress
    let currentPhase: Phase
    let gate: ReportGate
    let influenceLevel: InfluenceLevel?
    let phases: [ReportPhase]

    init(_ dialogue: Dialogue) {
        self.dialogue = dialogue
        self.progress = dialogue.progress
        self.currentPhase = dialogue.currentPhase
        self.gate = ReportGate(dialogue.gateResult, policy: dialogue.gate)
        self.influenceLevel = dialogue.influenceLevel
        self.phases = dialogue.phases.map { ReportPhase($0, schedule: dialogue.schedule(of: $0.phase)) }
    }
}
