import DialogueKit
import TerminalKit

extension AppState {
    /// Keys on the Målgrupper panel; nil lets the checklist's keys (phases, panels, help, back) apply.
    mutating func handleGroupsKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        switch d.groups.mode {
        case .browsing: return handleGroupsBrowsingKey(key, in: &d)
        case .adding(var editor):
            switch key {
            case .escape: d.groups.mode = .browsing
            case .enter:
                let name = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !name.isEmpty else {
                    status = StatusLine(UIStrings.swedish.groupNameMissing, isError: true)
                    return []
                }
                d.groups.mode = .browsing
                guard !refusesChange(to: d) else { return [] }
                let q = d.groups.quadrant
                let id = d.dialogue.addTargetGroup(name: name, affected: q.affected, activity: q.activity, at: now)
                d.groups.select(groupID: id, in: d.dialogue)
                return [.save(d.dialogue, stem: d.stem)]
            default:
                _ = editor.handle(key)
                d.groups.mode = .adding(editor)
            }
            return []
        case .editing(var form):
            let effects = handleGroupFormKey(key, form: &form, in: &d)
            if case .editing = d.groups.mode { d.groups.mode = .editing(form) }
            return effects
        case .confirmingRemove(let id):
            switch key {
            case let key where key.confirms:
                d.groups.mode = .browsing
                guard !refusesChange(to: d), let group = d.dialogue.targetGroup(id: id) else { return [] }
                d.dialogue.removeTargetGroup(id: id, at: now)
                d.groups.index = min(d.groups.index, max(0, d.groups.quadrant.groups(in: d.dialogue).count - 1))
                status = StatusLine("\(UIStrings.swedish.groupRemoved): \(group.name)")
                return [.save(d.dialogue, stem: d.stem)]
            case let key where key.declines:
                d.groups.mode = .browsing
            default: break
            }
            return []
        }
    }

    private mutating func handleGroupsBrowsingKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        let orientation = d.dialogue.representation.orientation
        let (row, column) = orientation.position(of: d.groups.quadrant)
        let count = d.groups.quadrant.groups(in: d.dialogue).count
        switch key {
        case .up, .character("k"):
            if d.groups.index > 0 {
                d.groups.index -= 1
            } else if row == 1 {
                d.groups.quadrant = orientation.quadrant(row: 0, column: column)
                d.groups.index = max(0, d.groups.quadrant.groups(in: d.dialogue).count - 1)
            }
        case .down, .character("j"):
            if d.groups.index < count - 1 {
                d.groups.index += 1
            } else if row == 0 {
                d.groups.quadrant = orientation.quadrant(row: 1, column: column)
                d.groups.index = 0
            }
        case .left, .character("h"), .right, .character("l"):
            let target = key == .left || key == .character("h") ? 0 : 1
            d.groups.quadrant = orientation.quadrant(row: row, column: target)
            d.groups.index = min(d.groups.index, max(0, d.groups.quadrant.groups(in: d.dialogue).count - 1))
        case .character("K"), .shiftUp: return moveSelectedGroup(row: 0, column: column, in: &d)
        case .character("J"), .shiftDown: return moveSelectedGroup(row: 1, column: column, in: &d)
        case .character("H"), .shiftLeft: return moveSelectedGroup(row: row, column: 0, in: &d)
        case .character("L"), .shiftRight: return moveSelectedGroup(row: row, column: 1, in: &d)
        case .character("a"):
            guard !refusesChange(to: d) else { return [] }
            d.groups.mode = .adding(TextEditor())
        case .character("G"):
            let priority = d.groups.quadrant.priority
            let advice = d.dialogue.representation.description(ofPriority: priority)
            let s = UIStrings.swedish
            d.mode = .reading(
                TextViewer(title: "\(s.priority) \(priority)", text: advice.isEmpty ? s.noAdvice : advice))
        case .enter:
            guard let group = d.groups.selectedGroup(in: d.dialogue) else { return [] }
            d.groups.mode = .editing(TargetGroupForm(groupID: group.id))
        case .character("d"), .delete:
            guard let group = d.groups.selectedGroup(in: d.dialogue), !refusesChange(to: d) else { return [] }
            d.groups.mode = .confirmingRemove(id: group.id)
        default: return nil
        }
        return []
    }

    /// Moves the selected group to the quadrant drawn at a row and column; the selection follows it,
    /// so the details show its new priority.
    private mutating func moveSelectedGroup(row: Int, column: Int, in d: inout DialogueScreenState) -> [Effect] {
        guard let group = d.groups.selectedGroup(in: d.dialogue) else { return [] }
        let target = d.dialogue.representation.orientation.quadrant(row: row, column: column)
        guard target != d.groups.quadrant, !refusesChange(to: d) else { return [] }
        d.dialogue.moveTargetGroup(id: group.id, affected: target.affected, activity: target.activity, at: now)
        d.groups.select(groupID: group.id, in: d.dialogue)
        return [.save(d.dialogue, stem: d.stem)]
    }
}
