/// The gate result in a JSON report: `open`, `passed` or `stopped`, with the handbook's
/// recommendation always present and the ids answered "nej" when stopped.
struct ReportGate: Encodable {
    let result: String
    let word: String
    let unanswered: Int?
    let stoppedBy: [String]?
    let recommendation: String

    init(_ result: GateResult, policy: GatePolicy) {
        self.word = GateState(result).shortWord
        self.recommendation = policy.recommendation
        switch result {
        case .open(let unanswered):
            self.result = "open"
            self.unanswered = unanswered
            self.stoppedBy = nil
        case .passed:
            self.result = "passed"
            self.unanswered = nil
            self.stoppedBy = nil
        case .stopped(_, let itemIDs):
            self.result = "stopped"
            self.unanswered = nil
            self.stoppedBy = itemIDs
        }
    }
}
