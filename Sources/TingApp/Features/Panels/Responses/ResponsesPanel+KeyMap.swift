import DialogueKit
import TerminalKit

extension ResponsesPanel {
    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let s = UIStrings.swedish
        if confirmingClear != nil {
            return CommonBindings.confirmation(s.keyClearResponse, yes: .confirmClear, no: .cancelClear)
        }
        if let form { return Self.formKeys(form) }
        let dialogue = context.dialogue
        var map = KeyMap<Action>([(KeyBinding([.tab, .backTab], "Tab", s.keySwitchList), .switchList)])
        map = map + CommonBindings.move(.move)
        switch list {
        case .themes:
            if let theme = selectedTheme(in: dialogue) {
                map.add(KeyBinding([.enter], "Enter", s.keyThemeInputs), .enter)
                map.add(KeyBinding("r", s.keyRespond), .respond)
                if theme.response != nil { map.add(KeyBinding("d", s.keyClearResponse), .clear) }
            }
        case .inputs:
            let selected = selectedInput(in: dialogue)
            if selected != nil {
                map.add(KeyBinding([.enter], "Enter", s.keyReadInput), .enter)
                map.add(KeyBinding([.character(" ")], "Space", s.keyMark), .mark)
            }
            if selected != nil || !marked.isEmpty {
                map.add(KeyBinding("r", s.keyRespond), .respond)
            }
            if !marked.isEmpty || selected?.response != nil {
                map.add(KeyBinding("d", s.keyClearResponse), .clear)
            }
            if selected != nil { map.add(KeyBinding("*", s.keyMarkAll, hintLine: false), .markAll) }
        }
        map.add(KeyBinding("o", s.keyOnlyUnanswered), .toggleUnanswered)
        if filter.theme != nil || !marked.isEmpty {
            map.add(KeyBinding([.escape], "Esc", s.keyClearFilterAndMarks), .clearFilter)
        }
        return map
    }

    /// The form's keys: a list open over it, a text field typed, or moving between its fields.
    private static func formKeys(_ form: ResponseForm) -> KeyMap<Action> {
        let s = UIStrings.swedish
        switch form.choosing {
        case .status:
            return CommonBindings.move(.moveChoice)
                + KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyChoose), .choose), (CommonBindings.cancel, .cancelChoice),
                ])
        case .decisions:
            return CommonBindings.move(.moveChoice)
                + KeyMap([
                    (KeyBinding([.character(" ")], "Space", s.keyLinkDecision), .toggleChoice),
                    (KeyBinding([.enter], "Enter", s.keyDone), .choose), (CommonBindings.cancel, .cancelChoice),
                ])
        case nil:
            if form.fields.isTyping { return CommonBindings.typing(save: .saveField, cancel: .cancelField) }
            return CommonBindings.moveField(.moveField)
                + KeyMap([
                    (CommonBindings.enter, .changeField), (CommonBindings.close, .closeForm),
                    (CommonBindings.closeByQ, .closeForm), (CommonBindings.help, .help),
                ])
        }
    }
}
