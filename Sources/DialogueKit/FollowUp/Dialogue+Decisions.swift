import Foundation

/// The decisions register (beslut): adding, changing and removing decisions. A decision is linked from
/// the responses it answers (`Response.decisions`), so one still linked is not removed.
extension Dialogue {
    /// Adds a decision with the next free id (`b1`, `b2`, …) and returns the id; refuses one without a body
    /// or without what was decided.
    @discardableResult
    public mutating func addDecision(
        body: String, date: LocalDate?, paragraph: String, caseNumber: String, text: String, by actor: String,
        at now: Date
    ) throws(DialogueError) -> String {
        let id = Planning.nextID(prefix: "b", after: followUp.decisions.map(\.id))
        let decision = try Self.checked(
            Decision(id: id, body: body, date: date, paragraph: paragraph, caseNumber: caseNumber, text: text),
            by: actor, at: now)
        followUp.decisions.append(decision)
        markModified(by: actor, at: now)
        return id
    }

    /// Replaces the decision with the same id; refuses an unknown id and a decision without body or text.
    public mutating func updateDecision(_ decision: Decision, by actor: String, at now: Date) throws(DialogueError) {
        guard let index = followUp.decisions.firstIndex(where: { $0.id == decision.id }) else {
            throw .noSuchDecision(decision.id)
        }
        let decision = try Self.checked(decision, by: actor, at: now)
        var before = followUp.decisions[index]
        before.lastChange = decision.lastChange
        guard before != decision else { return }
        followUp.decisions[index] = decision
        markModified(by: actor, at: now)
    }

    /// Removes a decision; refuses while responses link it, saying how many.
    public mutating func removeDecision(id: String, by actor: String, at now: Date) throws(DialogueError) {
        guard let index = followUp.decisions.firstIndex(where: { $0.id == id }) else { throw .noSuchDecision(id) }
        let links =
            inputs.lazy.filter { $0.response?.decisions.contains(id) == true }.count
            + followUp.themeResponses.lazy.filter { $0.response.decisions.contains(id) }.count
        guard links == 0 else { throw .decisionInUse(id, responses: links) }
        followUp.decisions.remove(at: index)
        markModified(by: actor, at: now)
    }

    /// The decision with this id.
    public func decision(id: String) -> Decision? {
        followUp.decisions.first { $0.id == id }
    }

    /// The decision trimmed and stamped, or the sentence saying what it lacks.
    private static func checked(_ decision: Decision, by actor: String, at now: Date) throws(DialogueError)
        -> Decision
    {
        var decision = decision
        decision.body = decision.body.trimmingCharacters(in: .whitespacesAndNewlines)
        decision.paragraph = decision.paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
        decision.caseNumber = decision.caseNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        decision.text = decision.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !decision.body.isEmpty else { throw .decisionWithoutBody }
        guard !decision.text.isEmpty else { throw .decisionWithoutText }
        decision.lastChange = ItemChange(by: actor, at: now)
        return decision
    }
}
