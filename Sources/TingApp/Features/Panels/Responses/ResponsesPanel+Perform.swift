import DialogueKit
import Foundation
import TerminalKit

extension ResponsesPanel {
    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        refresh(context.dialogue)
        var effects: [Effect] = []
        switch action {
        case .move: move(key, in: context)
        case .switchList: list = list == .themes ? .inputs : .themes
        case .enter: enter(in: &context)
        case .respond:
            guard !context.refusesChange(), let target = target(in: context.dialogue) else { return [] }
            form = ResponseForm(target: target, response: Self.ownResponse(of: target, in: context.dialogue))
        case .clear:
            guard !context.refusesChange(), let target = target(in: context.dialogue) else { return [] }
            if case .inputs(let ids) = target, ids.count == 1, context.dialogue.input(ids[0])?.response == nil {
                context.fail(UIStrings.swedish.responseNotOwn(ids[0]))
                return []
            }
            confirmingClear = target
        case .confirmClear:
            guard let target = confirmingClear else { return [] }
            confirmingClear = nil
            effects = save(nil, to: target, in: &context)
        case .cancelClear: confirmingClear = nil
        case .mark:
            guard let input = selectedInput(in: context.dialogue) else { return [] }
            if marked.remove(input.id) == nil { marked.insert(input.id) }
            inputList.move(.down, count: index?.rows.count ?? 0)
        case .markAll:
            let shown = (index?.rows ?? []).map(\.id)
            marked = shown.allSatisfy(marked.contains) ? [] : Set(shown)
        case .toggleUnanswered:
            filter.onlyUnanswered.toggle()
            inputList = ListSelection()
        case .clearFilter:
            if marked.isEmpty { filter.theme = nil } else { marked = [] }
        case .help: context.opensHelp = true
        case .moveField, .changeField, .closeForm, .saveField, .cancelField, .moveChoice, .toggleChoice, .choose,
            .cancelChoice:
            effects = performInForm(action, key: key, in: &context)
        }
        refresh(context.dialogue)
        return effects
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        guard var form, form.fields.isTyping else { return nil }
        form.fields.type(key)
        self.form = form
        return []
    }

    /// ↑↓ in the list in front.
    private mutating func move(_ key: Key, in context: PanelContext) {
        let page = max(1, ResponsesPanelLayout(area: context.area, list: list).listRows)
        switch list {
        case .themes: themeList.move(key, count: index?.themes.count ?? 0, page: page)
        case .inputs: inputList.move(key, count: index?.rows.count ?? 0, page: page)
        }
    }

    /// Enter: a theme's inputs listed below it; an input read whole with where it ended up.
    private mutating func enter(in context: inout PanelContext) {
        switch list {
        case .themes:
            guard let theme = selectedTheme(in: context.dialogue) else { return }
            filter.theme = theme.tag
            list = .inputs
            inputList = ListSelection()
        case .inputs:
            guard let input = selectedInput(in: context.dialogue) else { return }
            context.reading = InputTraceText.viewer(for: input, in: context.dialogue, calendar: context.calendar)
        }
    }

    /// The keys of the open form and of the list open over it.
    private mutating func performInForm(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        guard var form else { return [] }
        // The form as changed below, unless the case closes it.
        var effects: [Effect] = []
        let decisions = context.dialogue.followUp.decisions
        switch action {
        case .moveField: form.fields.move(key)
        case .changeField:
            switch form.fields.selected {
            case .status:
                let current = form.draft.status.flatMap(ResponseStatus.allCases.firstIndex) ?? 0
                form.choosing = .status(ListSelection(selected: current))
            case .decisions:
                guard !decisions.isEmpty else {
                    context.fail(UIStrings.swedish.responsesNoDecisions)
                    return []
                }
                form.choosing = .decisions(ListSelection())
            case .reason: form.fields.beginTyping(form.draft.reason)
            case .forwardedTo: form.fields.beginTyping(form.draft.forwardedTo)
            }
        case .closeForm:
            self.form = nil
            return []
        case .cancelField: form.fields.editor = nil
        case .saveField:
            guard let typed = form.fields.editor?.text else { return [] }
            let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
            if form.fields.selected == .reason { form.draft.reason = text } else { form.draft.forwardedTo = text }
            form.fields.editor = nil
            effects = keep(&form, in: &context)
        case .moveChoice:
            switch form.choosing {
            case .status(var selection):
                selection.move(key, count: ResponseStatus.allCases.count)
                form.choosing = .status(selection)
            case .decisions(var selection):
                selection.move(key, count: decisions.count)
                form.choosing = .decisions(selection)
            case nil: break
            }
        case .toggleChoice:
            guard case .decisions(let selection) = form.choosing, decisions.indices.contains(selection.selected)
            else { return [] }
            form.draft.toggle(decision: decisions[selection.selected].id)
        case .choose:
            switch form.choosing {
            case .status(let selection):
                form.draft.status = ResponseStatus.allCases[selection.selected]
                form.choosing = nil
                // The next field the status asks for comes next: the reason, or where it was sent on.
                if form.draft.status?.needsReason == true, form.draft.reason.isEmpty { form.fields.selected = .reason }
                if form.draft.status?.needsForwarding == true, form.draft.forwardedTo.isEmpty {
                    form.fields.selected = .forwardedTo
                }
            case .decisions: form.choosing = nil
            case nil: return []
            }
            effects = keep(&form, in: &context)
        case .cancelChoice:
            form.choosing = nil
            if form.draft.status == nil {
                self.form = nil
                return []
            }
        default: break
        }
        self.form = form
        return effects
    }

    /// Saves the draft to the form's target when it is a whole response; the dialogue's refusal (a reason
    /// missing …) says what is still needed, and the draft stays in the form.
    private func keep(_ form: inout ResponseForm, in context: inout PanelContext) -> [Effect] {
        guard let response = form.draft.response else {
            form.isSaved = false
            return []
        }
        let effects = save(response, to: form.target, in: &context)
        form.isSaved = !effects.isEmpty
        return effects
    }

    /// Gives (or, with nil, clears) the response of a theme or of every input named, all or none.
    private func save(_ response: Response?, to target: ResponseTarget, in context: inout PanelContext) -> [Effect] {
        let actor = context.actor
        let effects = context.attempt { dialogue, now throws(DialogueError) in
            switch target {
            case .theme(let tag): try dialogue.respond(toTheme: tag, with: response, by: actor, at: now)
            case .inputs(let ids): try dialogue.respond(toInputs: ids, with: response, by: actor, at: now)
            }
        }
        if !effects.isEmpty, response != nil { context.status = StatusLine(UIStrings.swedish.responseSaved(target)) }
        return effects
    }
}
