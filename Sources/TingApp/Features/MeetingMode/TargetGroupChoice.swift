import DialogueKit
import TerminalKit

/// Choosing the target group a speaker belongs to: type to narrow the dialogue's groups, ↑↓ to choose,
/// Enter to take it; the first row is "no target group".
struct TargetGroupChoice: Equatable, Sendable {
    /// The words typed; a group matches when its name contains them (case folded the same in every locale).
    var filter = TextEditor()
    var list = ListSelection()

    /// The rows offered: nil for "no target group", then each group whose name matches, in the dialogue's order.
    func rows(in dialogue: Dialogue) -> [TargetGroup?] {
        let query = filter.text.trimmingCharacters(in: .whitespaces)
        let groups = dialogue.planning.targetGroups
        let matching =
            query.isEmpty ? groups : groups.filter { $0.name.range(of: query, options: .caseInsensitive) != nil }
        return [nil] + matching
    }
}
