import Foundation

extension Dialogue {
    /// Adds a risk to the register with the next free id (`r1`, `r2`, …) and returns that id.
    @discardableResult
    public mutating func addRisk(_ risk: String, at now: Date) -> String {
        appendEntry(to: \.risks, prefix: "r", at: now) { Risk(id: $0, risk: risk) }
    }

    /// Replaces the risk with the same id; false, changing nothing, when there is none.
    @discardableResult
    public mutating func updateRisk(_ risk: Risk, at now: Date) -> Bool {
        replaceEntry(risk, in: \.risks, at: now)
    }

    /// Removes a risk from the register; false, changing nothing, when there is none.
    @discardableResult
    public mutating func removeRisk(id: String, at now: Date) -> Bool {
        removeEntry(id: id, from: \.risks, at: now)
    }

    /// Logs a question outside the dialogue with the next free id (`s1`, `s2`, …) and returns that id.
    @discardableResult
    public mutating func addSideIssue(_ question: String, at now: Date) -> String {
        appendEntry(to: \.sideIssues, prefix: "s", at: now) { SideIssue(id: $0, question: question) }
    }

    /// Replaces the logged side issue with the same id; false, changing nothing, when there is none.
    @discardableResult
    public mutating func updateSideIssue(_ issue: SideIssue, at now: Date) -> Bool {
        replaceEntry(issue, in: \.sideIssues, at: now)
    }

    /// Removes a logged side issue; false, changing nothing, when there is none.
    @discardableResult
    public mutating func removeSideIssue(id: String, at now: Date) -> Bool {
        removeEntry(id: id, from: \.sideIssues, at: now)
    }
}
