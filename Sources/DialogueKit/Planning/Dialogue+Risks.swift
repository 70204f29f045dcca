import Foundation

extension Dialogue {
    /// Adds a risk to the register with the next free id (`r1`, `r2`, …) and returns that id.
    @discardableResult
    public mutating func addRisk(_ risk: String, at now: Date) -> String {
        let id = Planning.nextID(prefix: "r", after: planning.risks.map(\.id))
        planning.risks.append(Risk(id: id, risk: risk))
        modifiedAt = now
        return id
    }

    /// Replaces a risk (found by id).
    public mutating func updateRisk(_ risk: Risk, at now: Date) throws(DialogueError) {
        guard planning.risks.replace(risk) else { throw .noSuchPlanningEntry(risk.id) }
        modifiedAt = now
    }

    /// Removes a risk from the register.
    public mutating func removeRisk(id: String, at now: Date) throws(DialogueError) {
        guard planning.risks.remove(id: id) else { throw .noSuchPlanningEntry(id) }
        modifiedAt = now
    }

    /// Logs a question outside the dialogue with the next free id (`s1`, `s2`, …) and returns that id.
    @discardableResult
    public mutating func addSideIssue(_ question: String, at now: Date) -> String {
        let id = Planning.nextID(prefix: "s", after: planning.sideIssues.map(\.id))
        planning.sideIssues.append(SideIssue(id: id, question: question))
        modifiedAt = now
        return id
    }

    /// Replaces a logged side issue (found by id).
    public mutating func updateSideIssue(_ issue: SideIssue, at now: Date) throws(DialogueError) {
        guard planning.sideIssues.replace(issue) else { throw .noSuchPlanningEntry(issue.id) }
        modifiedAt = now
    }

    /// Removes a logged side issue.
    public mutating func removeSideIssue(id: String, at now: Date) throws(DialogueError) {
        guard planning.sideIssues.remove(id: id) else { throw .noSuchPlanningEntry(id) }
        modifiedAt = now
    }
}
