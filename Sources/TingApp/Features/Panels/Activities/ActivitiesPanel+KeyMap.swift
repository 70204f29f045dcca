import DialogueKit
import TerminalKit

extension ActivitiesPanel {
    func keyMap(in context: PanelContext) -> KeyMap<ActivityAction> {
        let s = UIStrings.swedish
        switch editing {
        case .confirmingRemoval: return CommonBindings.confirmation(s.keyDelete, yes: .confirm, no: .decline)
        case .confirmingPurge: return CommonBindings.confirmation(s.keyPurge, yes: .confirmPurge, no: .decline)
        case .kind:
            return CommonBindings.move(.movePick)
                + KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyChoose), .choose), (CommonBindings.cancel, .cancel),
                ])
        case .agendaPoint(_, let form) where !form.isTyping: return Self.formKeys(choice: false)
        case .contact(_, let form) where !form.isTyping: return Self.formKeys(choice: form.selected.isChoice)
        case .some: return CommonBindings.typing(save: .save, cancel: .cancel)
        case nil: break
        }
        // Contacts past their retention date: Ting offers to purge them, in the list and in Kontakter.
        let purge =
            context.dialogue.contactsPastRetention(on: context.today).isEmpty
            ? KeyMap<ActivityAction>() : KeyMap([(KeyBinding("G", s.keyPurge), .purge)])
        guard let activity = openActivity(in: context.dialogue) else {
            // With no activity yet, only `a` does anything: Enter, s and M wait for one.
            guard !Self.ordered(context.dialogue).isEmpty else {
                return KeyMap([(KeyBinding("a", s.keyNew), .add)]) + purge
            }
            return CommonBindings.move(.moveInList)
                + KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyOpenActivity), .open), (KeyBinding("a", s.keyNew), .add),
                    (KeyBinding("s", s.keyStatus), .cycleStatus), (Self.meetingBinding, .meeting),
                ]) + purge
        }
        return sectionKeys(for: activity) + (section == .contacts ? purge : KeyMap())
            + KeyMap([
                // `?` in the hint line before the rest: a section with many keys still shows where the others are.
                (ScreenBindings.help, .help),
                (KeyBinding([.tab, .backTab], "Tab/Shift-Tab", s.keySection), .stepSection),
                (CommonBindings.close, .back), (Self.meetingBinding, .meeting), (CommonBindings.closeByQ, .back),
            ])
    }

    /// A form's keys while no field is typed: ↑↓ between fields, Enter changes one (Space too on a choice).
    private static func formKeys(choice: Bool) -> KeyMap<ActivityAction> {
        var map = CommonBindings.moveField(ActivityAction.moveField) + KeyMap([(CommonBindings.enter, .changeField)])
        if choice { map.add(CommonBindings.space, .changeField) }
        return map
            + KeyMap([
                (CommonBindings.close, .closeForm), (CommonBindings.closeByQ, .closeForm), (CommonBindings.help, .help),
            ])
    }

    /// `M`: meeting mode on the selected or open activity.
    static let meetingBinding = KeyBinding("M", UIStrings.swedish.keyMeeting)

    /// The keys of the open activity's section in front.
    private func sectionKeys(for activity: Activity) -> KeyMap<ActivityAction> {
        let s = UIStrings.swedish
        let remove = (CommonBindings.delete, ActivityAction.removeRow)
        let add = (CommonBindings.add, ActivityAction.addRow)
        let change = (CommonBindings.enter, ActivityAction.change)
        var map = CommonBindings.move(ActivityAction.moveRow)
        switch section {
        case .details:
            map = map + KeyMap([change, (CommonBindings.space.helpOnly, .toggle)])
        case .agenda:
            map =
                map
                + KeyMap([
                    change, add, remove,
                    (
                        KeyBinding([.shiftUp, .shiftDown, .character("K"), .character("J")], "K/J", s.keyReorder),
                        .reorder
                    ),
                ])
        case .runSheet:
            // Vänersborg's points, while any is missing: first in the hint line when the run sheet is empty.
            let texts = Set(activity.runSheet.map(\.text))
            if RunSheetItem.defaults.contains(where: { !texts.contains($0.text) }) {
                let defaults = KeyBinding("p", s.keyDefaults, hintLine: activity.runSheet.isEmpty)
                map = map + KeyMap([(defaults, ActivityAction.addDefaults)])
            }
            map = map + KeyMap([(KeyBinding([.character(" ")], "Space", s.keyToggle), .toggle), change, add, remove])
        case .attendance:
            map =
                map
                + KeyMap([
                    change, (KeyBinding([.character("+"), .character("-")], "+/-", s.keyCountUp), .count),
                ])
        case .notes, .documentation, .organisations, .contacts:
            map = map + KeyMap([change, add, remove])
        }
        return map
    }
}
