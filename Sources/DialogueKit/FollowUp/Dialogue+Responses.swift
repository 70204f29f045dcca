import Foundation

/// Responding to inputs and themes (what became of them): the response that applies to an input, and the
/// edits that give, change or clear one. Every edit checks the response and records who made it and when.
extension Dialogue {
    /// The response that applies to an input: its own; else, for a duplicate, its original's; else the
    /// response to the first of its tags (in the input's order) that has one.
    public func resolvedResponse(for input: Input) -> ResolvedResponse? {
        var resolver = ResponseResolver(self)
        return resolver.resolve(input)
    }

    /// The response given to a theme (tag), if any.
    public func themeResponse(for tag: String) -> ThemeResponse? {
        followUp.themeResponses.first { $0.tag == tag }
    }

    /// Gives an input its own response, or with nil clears it. Refuses an unknown input, a response that
    /// lacks its reason (ej aktuellt) or where it was sent on (utanför frågan), and decisions not in the register.
    public mutating func respond(toInput id: String, with response: Response?, by actor: String, at now: Date)
        throws(DialogueError)
    {
        try respond(toInputs: [id], with: response, by: actor, at: now)
    }

    /// Gives many inputs the same response (or clears theirs) at once; refuses before changing any when one
    /// id is missing or the response is incomplete. Returns how many changed.
    @discardableResult
    public mutating func respond(toInputs ids: [String], with response: Response?, by actor: String, at now: Date)
        throws(DialogueError) -> Int
    {
        var checked: Response?
        if let response { checked = try self.checked(response, by: actor, at: now) }
        return try editInputs(ids, by: actor, at: now) { input in
            guard !Self.sameResponse(input.response, checked) else { return false }
            input.response = checked
            return true
        }
    }

    /// Gives a theme (a tag on visible inputs) its response, or with nil clears it; the response answers
    /// every input with the tag that has none of its own. Refuses a tag no visible input carries.
    public mutating func respond(toTheme tag: String, with response: Response?, by actor: String, at now: Date)
        throws(DialogueError)
    {
        let tag = tag.trimmingCharacters(in: .whitespacesAndNewlines)
        let index = followUp.themeResponses.firstIndex { $0.tag == tag }
        guard let response else {
            guard let index else {
                guard hasVisibleTag(tag) else { throw .noSuchTheme(tag) }
                return
            }
            followUp.themeResponses.remove(at: index)
            markModified(by: actor, at: now)
            return
        }
        guard hasVisibleTag(tag) else { throw .noSuchTheme(tag) }
        let checked = try checked(response, by: actor, at: now)
        if let index {
            guard !Self.sameResponse(followUp.themeResponses[index].response, checked) else { return }
            followUp.themeResponses[index].response = checked
        } else {
            followUp.themeResponses.append(ThemeResponse(tag: tag, response: checked))
        }
        markModified(by: actor, at: now)
    }

    /// The response trimmed, its decisions each once, stamped; or the sentence saying what it lacks.
    private func checked(_ response: Response, by actor: String, at now: Date) throws(DialogueError) -> Response {
        var response = response
        response.reason = response.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        response.forwardedTo = response.forwardedTo?.trimmingCharacters(in: .whitespacesAndNewlines)
        if response.forwardedTo?.isEmpty == true { response.forwardedTo = nil }
        if response.status.needsReason, response.reason.isEmpty { throw .responseNeedsReason(response.status) }
        if response.status.needsForwarding, response.forwardedTo == nil {
            throw .responseNeedsForwarding(response.status)
        }
        var seen: Set<String> = []
        response.decisions = response.decisions.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { seen.insert($0).inserted }
        for id in response.decisions where decision(id: id) == nil { throw .noSuchDecision(id) }
        response.lastChange = ItemChange(by: actor, at: now)
        return response
    }

    /// Whether a visible input carries the tag.
    private func hasVisibleTag(_ tag: String) -> Bool {
        inputs.contains { !$0.isHidden && $0.tags.contains(tag) }
    }

    /// Whether two responses say the same, whoever gave them when.
    static func sameResponse(_ a: Response?, _ b: Response?) -> Bool {
        var a = a
        a?.lastChange = b?.lastChange
        return a == b
    }
}
