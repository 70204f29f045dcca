import DialogueKit
import Foundation
import TerminalKit

/// Meeting mode's keys. The capture line always has the focus, so no binding is a key that types: every
/// command is a function key, Enter, Esc, Tab or an arrow, and any other key goes to the line.
extension MeetingState {
    /// The keys that work now, each bound to what it does; the hint line and `?` are made from these.
    func keyMap(in context: PanelContext) -> KeyMap<MeetingAction> {
        let s = UIStrings.swedish
        switch prompt {
        case .tag:
            return KeyMap([
                (KeyBinding([.enter], "Enter", s.keyAddTag), .confirmPrompt),
                (KeyBinding([.escape], "Esc", s.keyCancel), .cancelPrompt),
            ])
        case .group:
            return KeyMap([
                (KeyBinding(Self.moveKeys, "↑↓", s.keyMove), .move),
                (KeyBinding([.enter], "Enter", s.keyChoose), .confirmPrompt),
                (KeyBinding([.escape], "Esc", s.keyCancel), .cancelPrompt),
            ])
        case nil:
            return KeyMap([
                (KeyBinding([.function(2)], "F2", s.keyCategory), .nextCategory),
                (KeyBinding([.function(3)], "F3", s.keyTag), .openTag),
                (KeyBinding([.function(4)], "F4", s.keyTargetGroup), .openGroup),
                (KeyBinding([.function(5), .function(6)], "F5/F6", s.keyAgendaPoint), .agendaPoint),
                (KeyBinding([.function(7), .function(8)], "F7/F8", s.keyAttendance), .attendance),
                (KeyBinding([.function(9)], "F9", s.keyToggle), .tick),
                (KeyBinding([.escape], "Esc", s.keyLeaveMeeting), .leave),
                // Shown when there is room: the status row already says what Enter does.
                (KeyBinding([.tab, .backTab], "Tab", s.keyMeetingSide), .switchSide),
                (KeyBinding([.enter], "Enter", s.keyCapture), .capture),
                (KeyBinding(Self.moveKeys, "↑↓", s.keyMeetingMove, hintLine: false), .move),
                (KeyBinding([.function(1)], "F1", s.keyHelp, hintLine: false), .help),
                // Ctrl-C is a signal, not a key this map runs (`AppState.warnsBeforeInterrupt`): said here.
                (.legend("Ctrl-C", s.meetingCtrlC), .help),
                // What the signs on the screen mean, for `?` (they match no key).
                (.legend("", ""), .help), (.legend("", s.meetingSignsHeading), .help),
                (.legend("▶", s.meetingCurrentSign), .help), (.legend("✓", s.meetingDoneSign), .help),
                (.legend("+m:ss", s.meetingOverSign), .help), (.legend("▸", s.meetingFocusSign), .help),
            ])
        }
    }

    /// The keys that move in a list here: not j/k, not Home/End, which belong to the typing.
    static let moveKeys: [Key] = [.up, .down, .pageUp, .pageDown]

    /// Does what a bound key asked.
    mutating func perform(_ action: MeetingAction, key: Key, in context: inout PanelContext) -> [Effect] {
        let layout = MeetingLayout(size: context.screen)
        let wasLeaving = isLeaving
        (isLeaving, isInterrupted) = (false, false)
        switch action {
        case .capture: return capture(in: &context)
        case .nextCategory: return nextCategory(in: &context)
        case .openTag: prompt = .tag(TextEditor())
        case .openGroup:
            guard !context.dialogue.planning.targetGroups.isEmpty else {
                context.fail(UIStrings.swedish.meetingNoGroups)
                return []
            }
            prompt = .group(TargetGroupChoice())
        case .agendaPoint:
            let count = context.dialogue.activity(activity)?.agenda.count ?? 0
            _ = clock.move(by: key == .function(5) ? -1 : 1, count: count, now: context.now)
        case .attendance: return countAttendance(key == .function(7) ? -1 : 1, in: &context)
        case .tick: return tick(in: &context)
        case .switchSide:
            side = side == .checklist ? .attendance : .checklist
        case .move: move(key, in: context.dialogue, layout: layout)
        case .confirmPrompt: return confirmPrompt(in: &context)
        case .cancelPrompt: prompt = nil
        case .help: context.opensHelp = true
        case .leave:
            // Words on the line and not saved: the first Esc says so, the next one leaves without them.
            guard !isTyping || wasLeaving else {
                isLeaving = true
                context.fail(UIStrings.swedish.meetingLeaveUnsaved)
                return []
            }
            context.opensPanel = returnTo
        }
        return []
    }

    /// A key no binding took: typed into the prompt or the capture line; never passed on.
    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        (isLeaving, isInterrupted) = (false, false)
        switch prompt {
        case .tag(var editor):
            _ = editor.handle(key)
            prompt = .tag(editor)
        case .group(var choice):
            if choice.filter.handle(key) { choice.list = ListSelection() }
            prompt = .group(choice)
        case nil:
            _ = draft.handle(key)
        }
        return []
    }

    /// The newest input captured at this activity: the one F2–F4 change while nothing is typed.
    func lastInput(in dialogue: Dialogue) -> Input? {
        dialogue.inputs.last { $0.activity == activity }
    }

    /// Whether something is typed on the capture line (blanks do not count).
    var isTyping: Bool { !draft.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    // MARK: - Capture

    private mutating func capture(in context: inout PanelContext) -> [Effect] {
        let text = draft.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        guard let held = context.dialogue.activity(activity) else {
            context.fail(UIStrings.swedish.meetingActivityGone)
            return []
        }
        let point = held.agenda.indices.contains(clock.point) ? held.agenda[clock.point].id : nil
        let (actor, labels) = (context.actor, self.labels)
        let effects = context.attempt { dialogue, now throws(DialogueError) in
            _ = try dialogue.addInput(
                text: text, activity: held.id, agendaPoint: point, category: labels.category, tags: labels.tags,
                group: labels.group, source: .oral, by: actor, at: now)
        }
        // A refused capture (read-only, say) keeps the words on the line.
        guard !effects.isEmpty else { return [] }
        draft = TextEditor()
        self.labels = CaptureLabels()
        return effects
    }

    /// F2: the next category in the dialogue's order, then none, then the first again.
    private mutating func nextCategory(in context: inout PanelContext) -> [Effect] {
        let order: [String?] = [nil] + context.dialogue.inputCategories.map(\.id)
        func next(after current: String?) -> String? {
            let index = order.firstIndex(of: current) ?? 0
            return order[(index + 1) % order.count]
        }
        if isTyping {
            labels.category = next(after: labels.category)
            return []
        }
        guard let last = lastInput(in: context.dialogue) else {
            context.fail(UIStrings.swedish.meetingNothingToLabel)
            return []
        }
        let actor = context.actor
        return context.attempt { dialogue, now throws(DialogueError) in
            _ = try dialogue.setCategory(next(after: last.category), ofInput: last.id, by: actor, at: now)
        }
    }

    /// Enter in a prompt: the tag or target group goes to the input being typed, else to the last one.
    private mutating func confirmPrompt(in context: inout PanelContext) -> [Effect] {
        guard let prompt else { return [] }
        let actor = context.actor
        switch prompt {
        case .tag(let editor):
            let tag = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            self.prompt = nil
            guard !tag.isEmpty else { return [] }
            if isTyping {
                if !labels.tags.contains(tag) { labels.tags.append(tag) }
                return []
            }
            guard let last = lastInput(in: context.dialogue) else {
                context.fail(UIStrings.swedish.meetingNothingToLabel)
                return []
            }
            return context.attempt { dialogue, now throws(DialogueError) in
                _ = try dialogue.addTag(tag, toInputs: [last.id], by: actor, at: now)
            }
        case .group(let choice):
            let rows = choice.rows(in: context.dialogue)
            self.prompt = nil
            guard rows.indices.contains(choice.list.selected) else { return [] }
            let group = rows[choice.list.selected]?.id
            if isTyping {
                labels.group = group
                return []
            }
            guard let last = lastInput(in: context.dialogue) else {
                context.fail(UIStrings.swedish.meetingNothingToLabel)
                return []
            }
            return context.attempt { dialogue, now throws(DialogueError) in
                _ = try dialogue.setGroup(group, ofInput: last.id, by: actor, at: now)
            }
        }
    }

    // MARK: - Lists

    /// The attendance counts offered, in order: the total, then each target group.
    static func attendanceCounts(in dialogue: Dialogue) -> [AttendanceCount] {
        [.total] + dialogue.planning.targetGroups.map { .group($0.id) }
    }

    private mutating func move(_ key: Key, in dialogue: Dialogue, layout: MeetingLayout) {
        if case .group(var choice) = prompt {
            choice.list.move(key, count: choice.rows(in: dialogue).count, page: 5)
            prompt = .group(choice)
            return
        }
        switch side {
        case .checklist:
            let count = MeetingChecklistRow.rows(of: dialogue.activity(activity), in: dialogue).count
            checklist.move(key, count: count, page: max(1, layout.checklistRows))
            checklist.scrollToSelection(count: count, height: layout.checklistRows)
        case .attendance:
            let count = Self.attendanceCounts(in: dialogue).count
            attendance.move(key, count: count, page: max(1, layout.attendanceRows))
            attendance.scrollToSelection(count: count, height: max(1, layout.attendanceRows))
        }
    }

    private mutating func countAttendance(_ step: Int, in context: inout PanelContext) -> [Effect] {
        let counts = Self.attendanceCounts(in: context.dialogue)
        guard counts.indices.contains(attendance.selected) else { return [] }
        let (actor, count, activity) = (context.actor, counts[attendance.selected], self.activity)
        return context.attempt { dialogue, now throws(DialogueError) in
            _ = try dialogue.adjustAttendance(count, ofActivity: activity, step: step, by: actor, at: now)
        }
    }

    private mutating func tick(in context: inout PanelContext) -> [Effect] {
        let rows = MeetingChecklistRow.rows(of: context.dialogue.activity(activity), in: context.dialogue)
        guard rows.indices.contains(checklist.selected) else { return [] }
        let (actor, activity, row) = (context.actor, self.activity, rows[checklist.selected])
        return context.attempt { dialogue, now throws(DialogueError) in
            switch row {
            case .runSheet(let item):
                _ = try dialogue.setRunSheetItem(item.id, done: !item.isDone, inActivity: activity, by: actor, at: now)
            case .handbook(let item):
                try dialogue.apply(.done(!item.isComplete), to: item.id, by: actor, at: now)
            }
        }
    }
}
