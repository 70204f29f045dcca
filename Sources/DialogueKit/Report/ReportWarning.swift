/// A planning warning in a JSON report: its kind, its sentence, and the group or phase it is about.
struct ReportWarning: Encodable {
    let code: String
    let text: String
    let groupID: String?
    let phase: Phase?

    init(_ warning: PlanningWarning) {
        self.code = warning.code
        self.text = warning.text
        self.groupID = warning.groupID
        self.phase = warning.phase
    }
}
