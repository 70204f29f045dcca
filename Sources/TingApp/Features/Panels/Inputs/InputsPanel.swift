import DialogueKit
import Foundation
import TerminalKit

extension PanelID {
    /// The Underlag panel of Genomförande: the inputs register.
    public static let inputs = PanelID("inputs")
}

/// The Underlag panel: every input of the dialogue, filtered by activity, category, tag, target group and
/// text, with counts per category, tag and activity above the list ("kategorisera och göra underlaget
/// överblickbart"). Inputs are marked with Space and then tagged, categorised or hidden together; nothing
/// is ever deleted (hidden inputs are listed with `H`, with their reason).
struct InputsPanel: Panel {
    /// What the panel's keys ask for.
    enum Action: Equatable, Sendable {
        case move, read, mark, markAll
        case prompt(InputsPrompt)
        case choose(InputsChoice)
        case toggleHidden
        case showAgain
        case unlinkDuplicate
        case sideIssue
        case clear
        case confirm, cancel
    }

    static let id = PanelID.inputs
    static var title: String { UIStrings.swedish.panelInputs }

    var filter = InputFilter()
    var list = ListSelection()
    /// The inputs marked for acting on many at once, by id.
    var marked: Set<String> = []
    var mode: InputsPanelMode = .browsing
    /// The rows and counts under the filter, made once per change (nil until the panel is first used).
    private(set) var index: InputsIndex?

    var isBrowsing: Bool { mode == .browsing }

    /// The index for `dialogue` under the filter: the one kept when it is still current, else made now
    /// (a frame drawn before the panel heard of a change is still right, only slower).
    func currentIndex(for dialogue: Dialogue) -> InputsIndex {
        if let index, index.isCurrent(for: dialogue.inputs, filter: filter) { return index }
        return InputsIndex(dialogue.inputs, filter: filter, previous: index)
    }

    /// Makes the index again when the inputs or the filter changed, and keeps the selection on a row.
    mutating func refresh(_ dialogue: Dialogue) {
        let fresh = currentIndex(for: dialogue)
        index = fresh
        list.clamp(count: fresh.rows.count)
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        refresh(dialogue)
        let ids = Set(dialogue.inputs.lazy.map(\.id))
        marked = marked.filter(ids.contains)
    }

    /// The input under the selection.
    func selectedInput(in dialogue: Dialogue) -> Input? {
        currentIndex(for: dialogue).input(at: list.selected)
    }

    /// The ids a change applies to: the marked inputs, else the selected one; in capture order.
    func targets(in dialogue: Dialogue) -> [String] {
        guard !marked.isEmpty else { return selectedInput(in: dialogue).map { [$0.id] } ?? [] }
        return dialogue.inputs.lazy.map(\.id).filter(marked.contains)
    }

    /// Whether anything narrows the list or is marked: then Esc clears that first.
    var hasFilterOrMarks: Bool { filter != InputFilter() || !marked.isEmpty }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let s = UIStrings.swedish
        switch mode {
        case .typing(.filterText, _):
            return KeyMap([
                (KeyBinding([.enter], "Enter", s.keyChoose), .confirm),
                (KeyBinding([.escape], "Esc", s.keyClearFilter), .cancel),
            ])
        case .typing: return CommonBindings.typing(save: .confirm, cancel: .cancel)
        case .choosing:
            return CommonBindings.move(.move)
                + KeyMap([(KeyBinding([.enter], "Enter", s.keyChoose), .confirm), (CommonBindings.cancel, .cancel)])
        case .browsing:
            let selected = selectedInput(in: context.dialogue)
            // Keys that act on inputs are offered only while there is one to act on (selected or marked).
            let actsOnSome = selected != nil || !marked.isEmpty
            var map = CommonBindings.move(Action.move)
            if selected != nil {
                map.add(KeyBinding([.enter], "Enter", s.keyReadInput), .read)
                map.add(KeyBinding([.character(" ")], "Space", s.keyMark), .mark)
            }
            if actsOnSome {
                map.add(KeyBinding("t", s.keyTag), .prompt(.tag))
                map.add(KeyBinding("c", s.keyCategory), .choose(.setCategory))
            }
            map.add(KeyBinding("/", s.keyFilter), .prompt(.filterText))
            if selected?.isHidden == true {
                map.add(KeyBinding("d", s.keyShowInput), .showAgain)
            } else if actsOnSome {
                map.add(KeyBinding("d", s.keyHideInput), .prompt(.hideReason))
            }
            if selected?.duplicateOf != nil {
                map.add(KeyBinding("=", s.keyUnlinkDuplicate, hintLine: false), .unlinkDuplicate)
            } else if selected != nil {
                map.add(KeyBinding("=", s.keyLinkDuplicate, hintLine: false), .prompt(.duplicateOf))
            }
            if selected != nil {
                map.add(KeyBinding("s", s.keySideIssue, hintLine: false), .sideIssue)
                map.add(KeyBinding("*", s.keyMarkAll, hintLine: false), .markAll)
            }
            map.add(KeyBinding("A", s.inputsFilterActivity, hintLine: false), .choose(.activityFilter))
            map.add(KeyBinding("C", s.inputsFilterCategory, hintLine: false), .choose(.categoryFilter))
            map.add(KeyBinding("T", s.inputsFilterTag, hintLine: false), .choose(.tagFilter))
            map.add(KeyBinding("G", s.inputsFilterGroup, hintLine: false), .choose(.groupFilter))
            map.add(
                KeyBinding("H", filter.includeHidden ? s.keyHideHidden : s.keyListHidden, hintLine: false),
                .toggleHidden)
            if hasFilterOrMarks { map.add(KeyBinding([.escape], "Esc", s.keyClearFilterAndMarks), .clear) }
            return map
        }
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        refresh(context.dialogue)
        let s = UIStrings.swedish
        var effects: [Effect] = []
        switch action {
        case .move:
            if case .choosing(let choice, let rows, var selection) = mode {
                selection.move(key, count: rows.count, page: 5)
                mode = .choosing(choice, rows: rows, list: selection)
            } else {
                let rows = index?.rows.count ?? 0
                let page = max(1, InputsPanelLayout(area: context.area).listRows)
                list.move(key, count: rows, page: page)
            }
        case .read:
            // The list cuts long words short: the whole input, all that is known of it, and where it ended
            // up (Återkoppling's trace), one key away.
            guard let input = selectedInput(in: context.dialogue) else { return [] }
            let details = details(of: input, in: context.dialogue, calendar: context.calendar)
            let trace = InputTraceText.text(for: input, in: context.dialogue, calendar: context.calendar)
            context.reading = TextViewer(title: input.id, text: input.text + "\n\n" + details + "\n\n" + trace)
        case .mark:
            guard let input = selectedInput(in: context.dialogue) else { return [] }
            if marked.remove(input.id) == nil { marked.insert(input.id) }
            list.move(.down, count: index?.rows.count ?? 0)
        case .markAll:
            let shown = (index?.rows ?? []).map { context.dialogue.inputs[$0].id }
            marked = shown.allSatisfy(marked.contains) ? [] : Set(shown)
        case .prompt(let prompt):
            let text = prompt == .filterText ? filter.text : ""
            mode = .typing(prompt, TextEditor(text: text))
        case .choose(let choice):
            let rows = choice.rows(in: context.dialogue, counts: InputCounts(context.dialogue.inputs))
            let current = choice.value(in: filter)
            let selected = rows.firstIndex { $0.id == current } ?? 0
            mode = .choosing(choice, rows: rows, list: ListSelection(selected: selected))
        case .toggleHidden: filter.includeHidden.toggle()
        case .showAgain:
            let ids = targets(in: context.dialogue)
            effects = edit(ids, in: &context) { dialogue, id, actor, now throws(DialogueError) in
                try dialogue.showInput(id, by: actor, at: now)
            }
        case .unlinkDuplicate:
            guard let input = selectedInput(in: context.dialogue) else { return [] }
            effects = edit([input.id], in: &context) { dialogue, id, actor, now throws(DialogueError) in
                try dialogue.unlinkDuplicate(id, by: actor, at: now)
            }
        case .sideIssue:
            guard let input = selectedInput(in: context.dialogue) else { return [] }
            let actor = context.actor
            var issue = ""
            effects = context.attempt { dialogue, now throws(DialogueError) in
                issue = try dialogue.makeSideIssue(fromInput: input.id, by: actor, at: now)
            }
            if !effects.isEmpty { context.status = StatusLine(s.inputBecameSideIssue(input.id, issue)) }
        case .clear:
            if marked.isEmpty { filter = InputFilter() } else { marked = [] }
        case .confirm: effects = confirm(in: &context)
        case .cancel:
            if case .typing(.filterText, _) = mode { filter.text = "" }
            mode = .browsing
        }
        refresh(context.dialogue)
        return effects
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        guard case .typing(let prompt, var editor) = mode else { return nil }
        guard editor.handle(key) else { return [] }
        mode = .typing(prompt, editor)
        if prompt == .filterText {
            // The list narrows while the words are typed; only the rows that passed are looked at again.
            filter.text = editor.text
            list = ListSelection()
            refresh(context.dialogue)
        }
        return []
    }

    /// Enter in a prompt or a choice.
    private mutating func confirm(in context: inout PanelContext) -> [Effect] {
        let s = UIStrings.swedish
        let mode = self.mode
        self.mode = .browsing
        switch mode {
        case .browsing: return []
        case .choosing(.setCategory, let rows, let selection):
            guard rows.indices.contains(selection.selected) else { return [] }
            let category = rows[selection.selected].id
            return edit(targets(in: context.dialogue), in: &context) { dialogue, id, actor, now throws(DialogueError) in
                try dialogue.setCategory(category, ofInput: id, by: actor, at: now)
            }
        case .choosing(let choice, let rows, let selection):
            guard rows.indices.contains(selection.selected) else { return [] }
            choice.set(rows[selection.selected].id, in: &filter)
            list = ListSelection()
            return []
        case .typing(.filterText, _): return []
        case .typing(.tag, let editor):
            let tag = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let ids = targets(in: context.dialogue)
            guard !tag.isEmpty, !ids.isEmpty else { return [] }
            let actor = context.actor
            var tagged = 0
            let effects = context.attempt { dialogue, now throws(DialogueError) in
                tagged = try dialogue.addTag(tag, toInputs: ids, by: actor, at: now)
            }
            if !effects.isEmpty { context.status = StatusLine(s.inputsTagged(tag, tagged)) }
            return tagged > 0 ? effects : []
        case .typing(.hideReason, let editor):
            let reason = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else {
                context.fail(s.inputsHideNeedsReason)
                self.mode = .typing(.hideReason, editor)
                return []
            }
            return edit(targets(in: context.dialogue), in: &context) { dialogue, id, actor, now throws(DialogueError) in
                try dialogue.hideInput(id, reason: reason, by: actor, at: now)
            }
        case .typing(.duplicateOf, let editor):
            let original = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let input = selectedInput(in: context.dialogue), !original.isEmpty else { return [] }
            return edit([input.id], in: &context) { dialogue, id, actor, now throws(DialogueError) in
                try dialogue.linkDuplicate(id, of: original, by: actor, at: now)
            }
        }
    }

    /// Applies one edit to each input named and saves when any changed; an error names what went wrong.
    private func edit(
        _ ids: [String], in context: inout PanelContext,
        _ change: (inout Dialogue, String, String, Date) throws(DialogueError) -> Bool
    ) -> [Effect] {
        guard !ids.isEmpty else { return [] }
        let actor = context.actor
        var changed = false
        // On a copy, so that a refusal halfway leaves none of the inputs changed.
        let effects = context.attempt { dialogue, now throws(DialogueError) in
            var changing = dialogue
            for id in ids where try change(&changing, id, actor, now) { changed = true }
            dialogue = changing
        }
        return changed ? effects : []
    }
}
