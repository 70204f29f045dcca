/// Everything the evaluation's evidence counts from the inputs, tallied in one walk of the visible inputs
/// with each response resolved once: the counts per category, tag, activity and group, the responses per
/// status, the inputs per agenda point and per decision, and those off the question. Make it once per change
/// of the dialogue and hand it to `evidence(_:tally:)`, `successMarks(tally:)`, `RepresentationCheck` and
/// `methodsUsed(tally:)`.
public struct EvidenceTally: Sendable {
    /// The visible inputs per category, tag, activity and target group.
    public private(set) var inputs: InputCounts
    /// The visible inputs per status of their resolved response.
    public private(set) var responses: ResponseCounts
    /// `activity/agendaPoint` → visible inputs captured under that point.
    private(set) var byPoint: [String: Int] = [:]
    /// Decision id → visible inputs whose resolved response links it (the decision's basis).
    private(set) var byDecision: [String: Int] = [:]
    /// Visible inputs off the question: side issues, or answered "utanför frågan".
    private(set) var offTopic = 0

    /// Tallies the dialogue's visible inputs.
    public init(_ dialogue: Dialogue) {
        var resolver = ResponseResolver(dialogue)
        var counts = InputCounts([Input]())
        var statuses: [ResponseStatus: Int] = [:]
        var unanswered = 0
        for input in dialogue.inputs where input.hidden == nil {
            counts.add(input)
            let resolved = resolver.resolve(input)
            if let response = resolved?.response {
                statuses[response.status, default: 0] += 1
                for (index, decision) in response.decisions.enumerated()
                where !response.decisions[..<index].contains(decision) {
                    byDecision[decision, default: 0] += 1
                }
            } else {
                unanswered += 1
            }
            if input.sideIssue != nil || resolved?.response.status == .outsideQuestion { offTopic += 1 }
            if let activity = input.activity, let point = input.agendaPoint {
                byPoint["\(activity)/\(point)", default: 0] += 1
            }
        }
        inputs = counts
        responses = ResponseCounts(
            byStatus: ResponseStatus.allCases.map { (status: $0, count: statuses[$0] ?? 0) },
            unanswered: unanswered, total: counts.total)
    }

    /// The visible inputs captured under an agenda point of an activity.
    func inputs(activity: String, point: String) -> Int { byPoint["\(activity)/\(point)"] ?? 0 }

    /// The visible inputs a decision rests on (as `Dialogue.basis(of:).inputCount`).
    func inputs(decision: String) -> Int { byDecision[decision] ?? 0 }
}
