import DialogueKit

/// A response as the form holds it while it is given: saved to its target each time a field changes and
/// the whole is a response the dialogue takes (a status chosen; a reason for ej aktuellt …).
struct ResponseDraft: Equatable, Sendable {
    var status: ResponseStatus?
    var reason = ""
    var forwardedTo = ""
    var decisions: [String] = []

    init(_ response: Response? = nil) {
        guard let response else { return }
        status = response.status
        reason = response.reason
        forwardedTo = response.forwardedTo ?? ""
        decisions = response.decisions
    }

    /// The response to save; nil while no status is chosen.
    var response: Response? {
        status.map { status in
            Response(
                status: status, reason: reason, forwardedTo: forwardedTo.isEmpty ? nil : forwardedTo,
                decisions: decisions)
        }
    }

    /// Links the decision, or takes its link away when it had one.
    mutating func toggle(decision id: String) {
        if let index = decisions.firstIndex(of: id) { decisions.remove(at: index) } else { decisions.append(id) }
    }
}
