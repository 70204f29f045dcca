import Foundation

/// Capturing and sorting inputs. Every edit records who made it and when, on the input and on the
/// dialogue; nothing ever removes an input.
extension Dialogue {
    /// Captures an input at the end of the register with the next free id (`i1`, `i2`, …) and returns it.
    /// Refuses blank text and ids the dialogue does not have (activity, agenda point, category, group).
    @discardableResult
    public mutating func addInput(
        text: String, activity: String? = nil, agendaPoint: String? = nil, category: String? = nil,
        tags: [String] = [], group: String? = nil, source: InputSource? = nil, by actor: String, at now: Date
    ) throws(DialogueError) -> String {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyInput }
        try checkPlace(activity: activity, agendaPoint: agendaPoint)
        try checkCategory(category)
        try checkGroup(group)
        let id = nextInputID()
        inputs.append(
            Input(
                id: id, text: text, capturedAt: now, activity: activity, agendaPoint: agendaPoint,
                category: category, tags: Self.normalisedTags(tags), group: group, source: source,
                capturedBy: actor))
        markModified(by: actor, at: now)
        return id
    }

    /// Captures many inputs at once (a survey's answers), in order, with ids handed out once: one more than
    /// the highest `i<n>` and on, so adding thousands costs one pass over the register, not one per answer.
    /// Refuses before adding any when one text is blank or the activity does not exist; returns the ids.
    @discardableResult
    public mutating func addInputs(
        texts: [String], activity: String? = nil, source: InputSource? = nil, by actor: String, at now: Date
    ) throws(DialogueError) -> [String] {
        guard !texts.isEmpty else { return [] }
        guard texts.allSatisfy({ !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else {
            throw .emptyInput
        }
        try checkPlace(activity: activity, agendaPoint: nil)
        // At most 18 digits count as a number, so the highest plus any batch stays far below Int.max.
        let highest = inputs.lazy.compactMap { Self.inputNumber($0.id) }.max() ?? 0
        let ids = texts.indices.map { "i\(highest + 1 + $0)" }
        inputs.reserveCapacity(inputs.count + texts.count)
        for (id, text) in zip(ids, texts) {
            inputs.append(
                Input(id: id, text: text, capturedAt: now, activity: activity, source: source, capturedBy: actor))
        }
        markModified(by: actor, at: now)
        return ids
    }

    /// The input with this id.
    public func input(_ id: String) -> Input? {
        inputs.firstIndex { $0.id == id }.map { inputs[$0] }
    }

    /// Corrects the words of an input (a typo in capture); false when they were already so.
    @discardableResult
    public mutating func setText(_ text: String, ofInput id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyInput }
        return try editInput(id, by: actor, at: now) { $0.text = text }
    }

    /// Sets (or, with nil, clears) the category of an input; false when it already was so.
    @discardableResult
    public mutating func setCategory(_ category: String?, ofInput id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        try checkCategory(category)
        return try editInput(id, by: actor, at: now) { $0.category = category }
    }

    /// Sets (or clears) the target group the speaker belongs to; false when it already was so.
    @discardableResult
    public mutating func setGroup(_ group: String?, ofInput id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        try checkGroup(group)
        return try editInput(id, by: actor, at: now) { $0.group = group }
    }

    /// Sets (or clears) how an input reached the dialogue; false when it already was so.
    @discardableResult
    public mutating func setSource(_ source: InputSource?, ofInput id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        try editInput(id, by: actor, at: now) { $0.source = source }
    }

    /// Gives a tag to many inputs at once; returns how many did not have it. Every id must exist.
    @discardableResult
    public mutating func addTag(_ tag: String, toInputs ids: [String], by actor: String, at now: Date)
        throws(DialogueError) -> Int
    {
        guard let tag = Self.normalisedTags([tag]).first else { return 0 }
        return try editInputs(ids, by: actor, at: now) { input in
            guard !input.tags.contains(tag) else { return false }
            input.tags.append(tag)
            return true
        }
    }

    /// Takes a tag from many inputs at once; returns how many had it. Every id must exist.
    @discardableResult
    public mutating func removeTag(_ tag: String, fromInputs ids: [String], by actor: String, at now: Date)
        throws(DialogueError) -> Int
    {
        guard let tag = Self.normalisedTags([tag]).first else { return 0 }
        return try editInputs(ids, by: actor, at: now) { input in
            guard let index = input.tags.firstIndex(of: tag) else { return false }
            input.tags.remove(at: index)
            return true
        }
    }

    /// Hides an input from the register with a reason; it stays in the file. False when it already was hidden.
    @discardableResult
    public mutating func hideInput(_ id: String, reason: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        try editInput(id, by: actor, at: now) { input in
            guard input.hidden == nil else { return }
            input.hidden = InputHiding(reason: reason, by: actor, at: now)
        }
    }

    /// Shows a hidden input again; false when it was not hidden.
    @discardableResult
    public mutating func showInput(_ id: String, by actor: String, at now: Date) throws(DialogueError) -> Bool {
        try editInput(id, by: actor, at: now) { $0.hidden = nil }
    }

    /// Links an input as a duplicate of another (of that one's original, when it is a duplicate itself);
    /// both stay. Refuses a link to itself or to one of its own duplicates. False when it already was so.
    @discardableResult
    public mutating func linkDuplicate(_ id: String, of original: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        guard let target = input(original) else { throw .noSuchInput(original) }
        let root = target.duplicateOf ?? target.id
        guard root != id else { throw .duplicateOfItself(id) }
        let changed = try editInput(id, by: actor, at: now) { $0.duplicateOf = root }
        // Duplicates of this input now repeat the same original, so a group stays one level deep.
        for index in inputs.indices where inputs[index].duplicateOf == id {
            inputs[index].duplicateOf = root
            inputs[index].lastChange = ItemChange(by: actor, at: now)
        }
        return changed
    }

    /// Takes away an input's duplicate link; false when it had none.
    @discardableResult
    public mutating func unlinkDuplicate(_ id: String, by actor: String, at now: Date) throws(DialogueError) -> Bool {
        try editInput(id, by: actor, at: now) { $0.duplicateOf = nil }
    }

    /// The inputs linked as duplicates of an input.
    public func duplicates(of id: String) -> [Input] {
        inputs.filter { $0.duplicateOf == id }
    }

    /// Makes an input a side issue (Sidofrågor) with its text as the question, keeping the link both
    /// ways; returns the side issue's id (the existing one when the input already became one).
    @discardableResult
    public mutating func makeSideIssue(fromInput id: String, by actor: String, at now: Date)
        throws(DialogueError) -> String
    {
        guard let input = input(id) else { throw .noSuchInput(id) }
        if let existing = input.sideIssue, planning.sideIssues.contains(where: { $0.id == existing }) {
            return existing
        }
        let issue = appendEntry(to: \.sideIssues, prefix: "s", at: now) {
            SideIssue(id: $0, question: input.text, fromInput: id)
        }
        _ = try editInput(id, by: actor, at: now) { $0.sideIssue = issue }
        return issue
    }

    /// Tags as kept: trimmed, without blanks, each once, in the order given.
    static func normalisedTags(_ tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The next input id: one more than the last input's when that one is free (ids are handed out in order,
    /// so it nearly always is, and checking costs one quick comparison an input), else one more than the
    /// highest `i<n>`, the digits read straight from each id's bytes.
    private func nextInputID() -> String {
        if let last = inputs.last, let number = Self.inputNumber(last.id), number < Int.max {
            let candidate = "i\(number + 1)"
            if !inputs.contains(where: { $0.id == candidate }) { return candidate }
        }
        let highest = inputs.lazy.compactMap { Self.inputNumber($0.id) }.max() ?? 0
        return highest < Int.max ? "i\(highest + 1)" : Planning.nextID(prefix: "i", after: inputs.map(\.id))
    }

    /// The number of an id `i<n>` (at most 18 digits), or nil for any other id.
    private static func inputNumber(_ id: String) -> Int? {
        var number = 0
        var digits = 0
        for (offset, byte) in id.utf8.enumerated() {
            if offset == 0 {
                guard byte == UInt8(ascii: "i") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            }
        }
        return digits > 0 ? number : nil
    }

    /// Applies `change` to the input with this id; records the change when it changed anything.
    private mutating func editInput(
        _ id: String, by actor: String, at now: Date, _ change: (inout Input) -> Void
    ) throws(DialogueError) -> Bool {
        try editInputs([id], by: actor, at: now) { input in
            let before = input
            change(&input)
            return input != before
        } > 0
    }

    /// Applies `change` (which says whether it changed anything) to each input named; refuses before
    /// changing any when one id is missing. Returns how many changed.
    mutating func editInputs(
        _ ids: [String], by actor: String, at now: Date, _ change: (inout Input) -> Bool
    ) throws(DialogueError) -> Int {
        let wanted = Set(ids)
        var indices: [Int] = []
        for index in inputs.indices where wanted.contains(inputs[index].id) { indices.append(index) }
        if indices.count < wanted.count {
            let found = Set(indices.map { inputs[$0].id })
            throw .noSuchInput(ids.first { !found.contains($0) } ?? "")
        }
        var changed = 0
        for index in indices where change(&inputs[index]) {
            inputs[index].lastChange = ItemChange(by: actor, at: now)
            changed += 1
        }
        if changed > 0 { markModified(by: actor, at: now) }
        return changed
    }

    /// Refuses an activity the dialogue does not have, and an agenda point that is not that activity's.
    private func checkPlace(activity: String?, agendaPoint: String?) throws(DialogueError) {
        if let activity {
            guard let held = planning.activities.first(where: { $0.id == activity }) else {
                throw .noSuchActivity(activity)
            }
            if let agendaPoint, !held.agenda.contains(where: { $0.id == agendaPoint }) {
                throw .noSuchAgendaPoint(agendaPoint, activity: activity)
            }
        } else if let agendaPoint {
            throw .noSuchAgendaPoint(agendaPoint, activity: "")
        }
    }

    private func checkCategory(_ category: String?) throws(DialogueError) {
        guard let category, !inputCategories.contains(where: { $0.id == category }) else { return }
        throw .noSuchCategory(category, known: inputCategories.map(\.id))
    }

    private func checkGroup(_ group: String?) throws(DialogueError) {
        guard let group, !planning.targetGroups.contains(where: { $0.id == group }) else { return }
        throw .noSuchTargetGroup(group)
    }
}
