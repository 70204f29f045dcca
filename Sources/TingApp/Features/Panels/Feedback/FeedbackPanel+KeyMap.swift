import DialogueKit
import TerminalKit

extension FeedbackPanel {
    func keyMap(in context: PanelContext) -> KeyMap<FeedbackAction> {
        let s = UIStrings.swedish
        switch mode {
        case .browsing: break
        case .choosingAudience:
            return CommonBindings.move(.movePick)
                + KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyChoose), .choose), (CommonBindings.cancel, .cancel),
                    (CommonBindings.closeByQ.labelled(s.keyCancel), .cancel), (CommonBindings.help, .help),
                ])
        case .dating: return CommonBindings.typing(save: .saveDate, cancel: .cancel)
        case .choosingChannels(let choice):
            if choice.typing != nil {
                return KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyOtherChannel), .choose), (CommonBindings.cancel, .cancel),
                ])
            }
            return CommonBindings.move(.movePick)
                + KeyMap([
                    (KeyBinding([.character(" ")], "Space", s.keyToggle), .toggleChannel),
                    (CommonBindings.save, .choose), (CommonBindings.cancel, .cancel), (CommonBindings.help, .help),
                ])
        case .confirmingDraft: return CommonBindings.confirmation(s.keyDraft, yes: .confirm, no: .decline)
        case .confirmingRemoval: return CommonBindings.confirmation(s.keyDelete, yes: .confirm, no: .decline)
        case .writing(_, let editor): return editor.keyMap.map(FeedbackAction.editor)
        }
        let add = (KeyBinding("a", s.keyAddFeedback), FeedbackAction.add)
        let checks =
            currentChecks(for: context.dialogue, today: context.today).lines.isEmpty
            ? KeyMap<FeedbackAction>() : KeyMap([(KeyBinding("i", s.keyReadChecks), .readChecks)])
        guard let round = selectedRound(in: context.dialogue) else { return KeyMap([add]) + checks }
        // A sent round's text is final: Enter reads it, and it cannot be drafted again or removed.
        if round.isSent {
            return CommonBindings.move(.move)
                + KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyReadText), .write), add,
                    (KeyBinding("s", s.keyMarkSent), .markSent), (KeyBinding("p", s.keyPlannedDate), .plannedDate),
                    (KeyBinding("c", s.keyChannels), .channels),
                ]) + checks
        }
        return CommonBindings.move(.move)
            + KeyMap([
                (KeyBinding([.enter], "Enter", s.keyWriteText), .write), (KeyBinding("g", s.keyDraft), .draft),
                (KeyBinding("s", s.keyMarkSent), .markSent), add, (KeyBinding("p", s.keyPlannedDate), .plannedDate),
                (KeyBinding("c", s.keyChannels), .channels), (CommonBindings.delete, .remove),
            ]) + checks
    }
}
