import DialogueKit
import TerminalKit

/// Choosing the target group a speaker belongs to: type to narrow the dialogue's groups, ↑↓ to choose,
/// Enter to take it; the first row is "no target group" until something is typed, so Enter after a few
/// letters takes the first group that matches them.
struct TargetGroupChoice: Equatable, Sendable {
    /// The words typed; a group matches when its name contains them (case folded the same in every locale).
    var filter = TextEditor()
    var list = ListSelection()

    /// The rows offered, in the dialogue's order: nil for "no target group" and every group while nothing is
    /// typed, else only the groups whose names match.
    func rows(in dialogue: Dialogue) -> [TargetGroup?] {
        let query = filter.text.trimmingCharacters(in: .whitespaces)
        let groups = dialogue.planning.targetGroups
        guard !query.isEmpty else { return [nil] + groups }
        return groups.filter { $0.name.range(of: query, options: .caseInsensitive) != nil }
    }
}
