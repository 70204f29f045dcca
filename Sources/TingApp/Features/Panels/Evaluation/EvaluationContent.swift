import DialogueKit

/// What the Analys panel shows, made once per change of the dialogue (never per frame): the analysis
/// questions with their evidence, the representation check, Helsingborg's four marks and the methods used.
struct EvaluationContent: Sendable {
    /// A checklist item asked here, with the evidence its `evidence` key names.
    struct Question: Sendable {
        var item: ChecklistItem
        var phase: Phase
        var evidence: [String]
    }

    /// One of the four marks, and its checklist item's tick when the dialogue's handbook has it (Helsingborg).
    struct Mark: Sendable {
        var mark: SuccessMark
        var ticked: Bool?
    }

    /// The dialogue it was made from.
    let source: Dialogue
    /// The tally of the source's inputs the evidence was counted from.
    let tally: EvidenceTally
    /// The evidence made so far, by kind.
    let evidence: [EvidenceKind: [String]]
    let questions: [Question]
    let check: RepresentationCheck
    let marks: [Mark]
    let methods: [MethodUse]
    /// Every block in the order shown.
    let entries: [EvaluationEntry]
    /// The indices of `entries` the selection can rest on.
    let selectable: [Int]

    /// The questions are Utvärdering's open questions and every item, of any phase, that names its evidence,
    /// in checklist order; the marks' own checklist items are shown with the marks. The evidence, the check,
    /// the marks and the methods are taken from `previous` when only the checklist (or who changed it last)
    /// differs, as after an answer saved here: none of them reads the checklist.
    init(_ dialogue: Dialogue, reusing previous: EvaluationContent? = nil) {
        source = dialogue
        let reused = previous.flatMap { Self.evidenceSource($0.source) == Self.evidenceSource(dialogue) ? $0 : nil }
        let tally = reused?.tally ?? EvidenceTally(dialogue)
        self.tally = tally
        let marks = reused?.marks.map(\.mark) ?? dialogue.successMarks(tally: tally)
        let markIDs = Set(marks.map(\.id))
        var evidence = reused?.evidence ?? [:]
        var questions: [Question] = []
        for phase in dialogue.phases {
            for item in phase.items where !markIDs.contains(item.id) {
                guard item.evidence != nil || (phase.phase == .evaluation && item.kind == .question) else { continue }
                let lines = item.evidence.map { kind in
                    if let known = evidence[kind] { return known }
                    let lines = dialogue.evidence(kind, tally: tally)
                    evidence[kind] = lines
                    return lines
                }
                questions.append(Question(item: item, phase: phase.phase, evidence: lines ?? []))
            }
        }
        self.questions = questions
        self.evidence = evidence
        check = reused?.check ?? RepresentationCheck(dialogue: dialogue, tally: tally)
        let items = Dictionary(dialogue.phases.flatMap(\.items).map { ($0.id, $0) }) { first, _ in first }
        self.marks = marks.map { Mark(mark: $0, ticked: items[$0.id].map { $0.done == true }) }
        methods = reused?.methods ?? dialogue.methodsUsed(tally: tally)
        let s = UIStrings.swedish
        var entries: [EvaluationEntry] = [.heading(s.analysisQuestions)]
        entries += questions.isEmpty ? [.note(s.analysisNoQuestions)] : questions.indices.map { .question($0) }
        entries += [.heading(s.analysisRepresentation), .representation]
        if !check.rows.isEmpty { entries += [.groupHeader] + check.rows.indices.map { .group($0) } + [.unreached] }
        entries += [.heading(s.analysisMarks)] + self.marks.indices.map { .mark($0) }
        entries +=
            [.heading(s.analysisMethods)] + (methods.isEmpty ? [.method(nil)] : methods.indices.map { .method($0) })
        self.entries = entries
        selectable = entries.indices.filter { entries[$0].isSelectable }
    }

    /// Whether it was made from this very dialogue.
    func isCurrent(for dialogue: Dialogue) -> Bool { source == dialogue }

    /// The dialogue without what the evidence never reads: its checklist and who changed it last, and when.
    private static func evidenceSource(_ dialogue: Dialogue) -> Dialogue {
        var source = dialogue
        source.phases = []
        source.modifiedAt = .distantPast
        source.modifiedBy = nil
        return source
    }
}
