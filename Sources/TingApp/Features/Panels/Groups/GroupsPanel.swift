import DialogueKit
import TerminalKit

extension PanelID {
    /// The Målgrupper panel of Planering.
    public static let groups = PanelID("groups")
}

/// The Målgrupper panel: the selected quadrant, the selected group in it, and any open form.
struct GroupsPanel: Panel {
    /// What the panel's keys ask for.
    enum Action: Sendable {
        case move, moveGroup, add, open, remove, advice
        case saveName, cancel
        case form(GroupFormAction)
        case confirmRemove
    }

    static let id = PanelID.groups
    static var title: String { UIStrings.swedish.panelGroups }

    /// The selected quadrant; the priority quadrant until the user moves.
    var quadrant = GridQuadrant.priorityOne
    /// Index of the selected group among the quadrant's groups.
    var index = 0
    var mode: GroupsPanelMode = .browsing

    /// The selected group, if the selected quadrant has any.
    func selectedGroup(in dialogue: Dialogue) -> TargetGroup? {
        let groups = quadrant.groups(in: dialogue)
        return groups.indices.contains(index) ? groups[index] : nil
    }

    /// Selects a group by id, in whichever quadrant it now is.
    mutating func select(groupID: String, in dialogue: Dialogue) {
        guard let group = dialogue.targetGroup(id: groupID) else { return }
        quadrant = GridQuadrant(of: group)
        index = quadrant.groups(in: dialogue).firstIndex { $0.id == groupID } ?? 0
    }

    var isBrowsing: Bool { if case .browsing = mode { true } else { false } }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let s = UIStrings.swedish
        switch mode {
        case .browsing:
            return KeyMap([
                (KeyBinding([.left, .up, .down, .right], "←↑↓→", s.keyMove), .move),
                (KeyBinding("a", s.keyAddGroup), .add),
                (KeyBinding([.enter], "Enter", s.keyEditGroup), .open),
                (KeyBinding("HJKL".map { Key.character($0) }, "H/J/K/L", s.keyMoveGroup), .moveGroup),
                (
                    KeyBinding(
                        [.shiftLeft, .shiftUp, .shiftDown, .shiftRight], "Shift+pil", s.keyMoveGroup, hintLine: false),
                    .moveGroup
                ),
                (KeyBinding([.character("d"), .delete], "d", s.keyRemoveGroup), .remove),
                (KeyBinding("G", s.keyFullAdvice, hintLine: false), .advice),
                (KeyBinding("hjkl".map { Key.character($0) }, "h/j/k/l", s.keyMove, hintLine: false), .move),
            ])
        case .adding: return CommonBindings.typing(save: .saveName, cancel: .cancel)
        case .editing(let form): return form.keyMap().map(Action.form)
        case .confirmingRemove: return CommonBindings.confirmation(s.keyRemoveGroup, yes: .confirmRemove, no: .cancel)
        }
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        let dialogue = context.dialogue
        switch action {
        case .move: move(key, in: dialogue)
        case .moveGroup:
            let (row, column) = dialogue.representation.orientation.position(of: quadrant)
            switch key {
            case .character("K"), .shiftUp: return moveSelectedGroup(row: 0, column: column, in: &context)
            case .character("J"), .shiftDown: return moveSelectedGroup(row: 1, column: column, in: &context)
            case .character("H"), .shiftLeft: return moveSelectedGroup(row: row, column: 0, in: &context)
            default: return moveSelectedGroup(row: row, column: 1, in: &context)
            }
        case .add:
            guard !context.refusesChange() else { return [] }
            mode = .adding(TextEditor())
        case .open:
            guard let group = selectedGroup(in: dialogue) else { return [] }
            mode = .editing(TargetGroupForm(groupID: group.id))
        case .remove:
            guard let group = selectedGroup(in: dialogue), !context.refusesChange() else { return [] }
            mode = .confirmingRemove(id: group.id)
        case .advice:
            let priority = quadrant.priority
            let advice = dialogue.representation.description(ofPriority: priority)
            let s = UIStrings.swedish
            context.reading = TextViewer(title: "\(s.priority) \(priority)", text: advice.isEmpty ? s.noAdvice : advice)
        case .saveName: return addGroup(in: &context)
        case .cancel: mode = .browsing
        case .form(let action):
            guard case .editing(var form) = mode else { return [] }
            let effects = perform(action, key: key, on: &form, in: &context)
            if case .editing = mode { mode = .editing(form) }
            return effects
        case .confirmRemove:
            guard case .confirmingRemove(let id) = mode else { return [] }
            mode = .browsing
            guard !context.refusesChange(), let group = dialogue.targetGroup(id: id) else { return [] }
            context.dialogue.removeTargetGroup(id: id, at: context.now)
            dialogueChanged(context.dialogue)
            context.status = StatusLine("\(UIStrings.swedish.groupRemoved): \(group.name)")
            return context.save()
        }
        return []
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        switch mode {
        case .adding(var editor):
            _ = editor.handle(key)
            mode = .adding(editor)
            return []
        case .editing(var form) where form.editor != nil:
            _ = form.editor?.handle(key)
            mode = .editing(form)
            return []
        default: return nil
        }
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        index = min(index, max(0, quadrant.groups(in: dialogue).count - 1))
    }

    /// A click selects the quadrant or group under it; a click on the selected group opens its form, like Enter.
    mutating func clicked(at point: Point, in context: inout PanelContext) -> [Effect] {
        guard isBrowsing,
            let hit = GroupsPanelLayout(area: context.area, dialogue: context.dialogue, panel: self).hit(point)
        else { return [] }
        if let index = hit.index {
            if hit.quadrant == quadrant && index == self.index { return perform(.open, key: .enter, in: &context) }
            quadrant = hit.quadrant
            self.index = index
        } else if hit.quadrant != quadrant {
            quadrant = hit.quadrant
            index = 0
        }
        return []
    }

    /// ↑↓ through the quadrant's groups and on into the quadrant above or below; ←→ to the quadrant beside.
    private mutating func move(_ key: Key, in dialogue: Dialogue) {
        let orientation = dialogue.representation.orientation
        let (row, column) = orientation.position(of: quadrant)
        let count = quadrant.groups(in: dialogue).count
        switch key {
        case .up, .character("k"):
            if index > 0 {
                index -= 1
            } else if row == 1 {
                quadrant = orientation.quadrant(row: 0, column: column)
                index = max(0, quadrant.groups(in: dialogue).count - 1)
            }
        case .down, .character("j"):
            if index < count - 1 {
                index += 1
            } else if row == 0 {
                quadrant = orientation.quadrant(row: 1, column: column)
                index = 0
            }
        default:
            let target = key == .left || key == .character("h") ? 0 : 1
            quadrant = orientation.quadrant(row: row, column: target)
            index = min(index, max(0, quadrant.groups(in: dialogue).count - 1))
        }
    }

    /// Enter on a new group's name: adds it to the selected quadrant and selects it.
    private mutating func addGroup(in context: inout PanelContext) -> [Effect] {
        guard case .adding(let editor) = mode else { return [] }
        let name = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
            context.fail(UIStrings.swedish.groupNameMissing)
            return []
        }
        mode = .browsing
        guard !context.refusesChange() else { return [] }
        let id = context.dialogue.addTargetGroup(
            name: name, affected: quadrant.affected, activity: quadrant.activity, at: context.now)
        select(groupID: id, in: context.dialogue)
        return context.save()
    }

    /// Moves the selected group to the quadrant drawn at a row and column; the selection follows it,
    /// so the details show its new priority.
    private mutating func moveSelectedGroup(row: Int, column: Int, in context: inout PanelContext) -> [Effect] {
        guard let group = selectedGroup(in: context.dialogue) else { return [] }
        let target = context.dialogue.representation.orientation.quadrant(row: row, column: column)
        guard target != quadrant, !context.refusesChange() else { return [] }
        context.dialogue.moveTargetGroup(
            id: group.id, affected: target.affected, activity: target.activity, at: context.now)
        select(groupID: group.id, in: context.dialogue)
        return context.save()
    }
}
