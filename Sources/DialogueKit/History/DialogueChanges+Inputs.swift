import Foundation

/// The inputs part of `DialogueChanges`: what was captured, sorted, hidden or linked, one sentence per
/// kind of change, naming the input when one had it and counting them when many did (a survey import, a
/// tag given to forty inputs at once).
extension DialogueChanges {
    /// One change to one input, as the words around the place where the input is named.
    private struct InputChange: Hashable {
        var before: String
        var after: String = ""
    }

    /// The sentences for the inputs of `old` becoming those of `new`. Unchanged inputs share their storage,
    /// so only the ones that differ cost more than a comparison of references.
    static func inputChanges(_ old: Dialogue, _ new: Dialogue) -> [String] {
        guard old.inputs != new.inputs else { return [] }
        var order: [InputChange] = []
        var named: [InputChange: [Input]] = [:]
        func note(_ change: InputChange, _ input: Input) {
            if named[change] == nil { order.append(change) }
            named[change, default: []].append(input)
        }
        var common = 0
        while common < min(old.inputs.count, new.inputs.count), old.inputs[common].id == new.inputs[common].id {
            common += 1
        }
        var previous: [String: Input] = [:]
        if common < old.inputs.count {
            previous = Dictionary(old.inputs[common...].map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        for index in new.inputs.indices {
            let input = new.inputs[index]
            let before = index < common ? old.inputs[index] : previous.removeValue(forKey: input.id)
            guard let before else {
                note(InputChange(before: "lade till "), input)
                continue
            }
            guard before != input else { continue }
            for change in changes(from: before, to: input, in: new) { note(change, before) }
        }
        for input in old.inputs[common...] where previous[input.id] != nil {
            note(InputChange(before: "tog bort "), input)
        }
        return order.map { change in
            let inputs = named[change] ?? []
            let subject =
                inputs.count == 1
                ? "inspelet \(quoted(inputs[0].text))"
                : SwedishCount.phrase(inputs.count, one: "inspel", other: "inspel")
            return change.before + subject + change.after
        }
    }

    /// What changed in one input, each as words around its name.
    private static func changes(from old: Input, to new: Input, in dialogue: Dialogue) -> [InputChange] {
        var changes: [InputChange] = []
        if old.text != new.text {
            changes.append(InputChange(before: "ändrade texten i ", after: " till \(quoted(new.text))"))
        }
        if old.category != new.category {
            changes.append(
                new.category.map { id in
                    let name = dialogue.inputCategories.first { $0.id == id }?.title ?? id
                    return InputChange(before: "satte kategorin \(quoted(name)) på ")
                } ?? InputChange(before: "tog bort kategorin från "))
        }
        let oldTags = Set(old.tags)
        let newTags = Set(new.tags)
        for tag in new.tags where !oldTags.contains(tag) {
            changes.append(InputChange(before: "gav ", after: " taggen \(quoted(tag))"))
        }
        for tag in old.tags where !newTags.contains(tag) {
            changes.append(InputChange(before: "tog bort taggen \(quoted(tag)) från "))
        }
        if old.group != new.group {
            changes.append(
                new.group.map { id in
                    let name = dialogue.planning.targetGroups.first { $0.id == id }?.name ?? id
                    return InputChange(before: "satte målgruppen \(quoted(name)) på ")
                } ?? InputChange(before: "tog bort målgruppen från "))
        }
        if old.source != new.source {
            changes.append(
                new.source.map { InputChange(before: "satte källan \($0.title) på ") }
                    ?? InputChange(before: "tog bort källan från "))
        }
        if old.activity != new.activity || old.agendaPoint != new.agendaPoint {
            let activity = new.activity.flatMap { id in dialogue.planning.activities.first { $0.id == id } }
            changes.append(
                activity.map { InputChange(before: "flyttade ", after: " till aktiviteten \(quoted($0.title))") }
                    ?? InputChange(before: "tog bort aktiviteten från "))
        }
        if old.hidden != new.hidden {
            changes.append(
                new.hidden.map {
                    InputChange(before: "dolde ", after: $0.reason.isEmpty ? "" : " med orsaken \(quoted($0.reason))")
                }
                    ?? InputChange(before: "visade ", after: " igen"))
        }
        if old.duplicateOf != new.duplicateOf {
            changes.append(
                new.duplicateOf.map { id in
                    let original = dialogue.input(id).map { "inspelet \(quoted($0.text))" } ?? id
                    return InputChange(before: "markerade ", after: " som dubblett av \(original)")
                } ?? InputChange(before: "tog bort dubblettmarkeringen från "))
        }
        if old.sideIssue != new.sideIssue {
            changes.append(
                new.sideIssue != nil
                    ? InputChange(before: "gjorde ", after: " till en sidofråga")
                    : InputChange(before: "tog bort sidofrågan från "))
        }
        if !Dialogue.sameResponse(old.response, new.response) {
            changes.append(
                new.response.map { InputChange(before: "gav ", after: " svaret \(quoted($0.words, length: 80))") }
                    ?? InputChange(before: "tog bort svaret från "))
        }
        if changes.isEmpty && !sameInput(old, new) { changes.append(InputChange(before: "ändrade ")) }
        return changes
    }

    /// Whether two inputs differ in nothing but who last changed them and when.
    private static func sameInput(_ old: Input, _ new: Input) -> Bool {
        var old = old
        old.lastChange = new.lastChange
        return old == new
    }
}
