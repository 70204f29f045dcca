import Foundation

/// The three-way merge of inputs, field by field: my change from `base` to `mine` applied onto `theirs`
/// (what the journal holds now). My new inputs are added (with fresh ids where another writer took mine),
/// my changed fields are set unless the other writer changed the same field to something else: that is a
/// conflict, with both values. Tags merge as sets, so two people tagging one input never collide.
struct InputMerge {
    /// Theirs with my changes, mine where we collide.
    var keepingMine: [Input]
    /// Theirs with my changes, theirs where we collide.
    var keepingTheirs: [Input]
    /// The journal lines that turn theirs into `keepingMine`.
    var lines: [InputJournalLine]
    /// Where both changed a field differently, one Swedish sentence each.
    var conflicts: [String]
    /// My new inputs that had to take another id: old id → new id.
    var renames: [String: String]

    /// Merges; `actor` and `now` stand in for who changed an input whose `lastChange` does not say.
    init(base: [Input], mine: [Input], theirs: [Input], actor: String, now: Date, otherWriter: String? = nil) {
        keepingMine = theirs
        keepingTheirs = theirs
        lines = []
        conflicts = []
        renames = [:]
        // Unchanged inputs share storage with base: the common case (one input added) is cheap.
        if mine.count == base.count, theirs.count == base.count, mine == base { return }
        // The commonest save of all, a capture nobody else interfered with: mine is base with inputs appended,
        // and it is the result as it is (no copy of thousands).
        if theirs == base, mine.count > base.count,
            Input.sharesStorage(mine[..<base.count], with: base) || mine[..<base.count].elementsEqual(base)
        {
            let appended = mine[base.count...]
            if appended.allSatisfy({ new in !base.contains { $0.id == new.id } })
                && Set(appended.map(\.id)).count == appended.count
            {
                keepingMine = mine
                keepingTheirs = mine
                lines = appended.map(InputJournalLine.init(adding:))
                return
            }
        }
        // Inputs are only ever appended, so base is usually the start of both mine and theirs, in order:
        // then positions are indices, and no table of ids is built (a capture stays cheap with thousands).
        let aligned =
            mine.count >= base.count && theirs.count >= base.count
            && base.indices.allSatisfy { mine[$0].id == base[$0].id && theirs[$0].id == base[$0].id }
        let basePositions = aligned ? [:] : Self.positions(of: base[...])
        var theirPositions = aligned ? Self.positions(of: theirs[base.count...]) : Self.positions(of: theirs[...])
        var added: [Input] = []
        for (index, input) in mine.enumerated() {
            guard let baseIndex = aligned ? (index < base.count ? index : nil) : basePositions[input.id] else {
                added.append(input)
                continue
            }
            let before = base[baseIndex]
            guard input != before, let theirIndex = aligned ? baseIndex : theirPositions[input.id] else { continue }
            var merged = keepingMine[theirIndex]
            var preferTheirs = merged
            var changed: [InputField] = []
            for field in InputField.allCases where !field.same(input, before) {
                let theirs = keepingMine[theirIndex]
                if field == .tags {
                    let removed = Set(before.tags).subtracting(input.tags)
                    let tags =
                        theirs.tags.filter { !removed.contains($0) } + input.tags.filter { !theirs.tags.contains($0) }
                    merged.tags = tags
                    preferTheirs.tags = tags
                    if tags != theirs.tags { changed.append(field) }
                } else if field.same(theirs, before) {
                    field.copy(from: input, into: &merged)
                    field.copy(from: input, into: &preferTheirs)
                    changed.append(field)
                } else if !field.same(theirs, input) {
                    let who = theirs.lastChange?.by ?? otherWriter ?? "någon annan"
                    conflicts.append(
                        "\(who) sparade \(field.words) \(field.words(of: theirs)) på inspelet \(input.id) "
                            + "(\(DialogueChanges.quoted(input.text, length: 40))) medan du sparade \(field.words(of: input))."
                    )
                    field.copy(from: input, into: &merged)
                    changed.append(field)
                }
            }
            guard !changed.isEmpty else { continue }
            let change = input.lastChange ?? ItemChange(by: actor, at: now)
            merged.lastChange = change
            keepingMine[theirIndex] = merged
            keepingTheirs[theirIndex] = preferTheirs
            lines.append(InputJournalLine(changing: changed, to: merged, by: change.by, at: change.at))
        }
        // An input I no longer hold (an undone capture) is hidden, never removed: nothing is ever deleted.
        if !aligned, mine.count < base.count + added.count {
            let mineIDs = Set(mine.map(\.id))
            for input in base where !mineIDs.contains(input.id) {
                guard let index = theirPositions[input.id], keepingMine[index].hidden == nil else { continue }
                let hiding = InputHiding(reason: "inmatningen ångrades", by: actor, at: now)
                keepingMine[index].hidden = hiding
                keepingTheirs[index].hidden = hiding
                keepingMine[index].lastChange = ItemChange(by: actor, at: now)
                keepingTheirs[index].lastChange = keepingMine[index].lastChange
                lines.append(InputJournalLine(changing: [.hidden], to: keepingMine[index], by: actor, at: now))
            }
        }
        for var input in added {
            // The same input back (redoing an undone capture): its fields are set again, no copy is made.
            if let index = theirPositions[input.id], keepingMine[index].capturedAt == input.capturedAt,
                keepingMine[index].text == input.text
            {
                let fields = InputField.allCases.filter { !$0.same(keepingMine[index], input) }
                guard !fields.isEmpty else { continue }
                let change = input.lastChange ?? ItemChange(by: actor, at: now)
                input.lastChange = change
                keepingMine[index] = input
                keepingTheirs[index] = input
                lines.append(InputJournalLine(changing: fields, to: input, by: change.by, at: change.at))
                continue
            }
            if theirPositions[input.id] != nil {
                let fresh = Planning.nextID(prefix: "i", after: Array(taken(theirs, base, mine)))
                renames[input.id] = fresh
                input.id = fresh
            }
            theirPositions[input.id] = keepingMine.count
            keepingMine.append(input)
            keepingTheirs.append(input)
        }
        let appended = keepingMine.count - theirs.count
        guard appended > 0 else { return }
        // A new input may name another renamed one (a duplicate link made before the save).
        for index in keepingMine.indices.suffix(appended) {
            if let link = keepingMine[index].duplicateOf, let fresh = renames[link] {
                keepingMine[index].duplicateOf = fresh
                keepingTheirs[index].duplicateOf = fresh
            }
            lines.append(InputJournalLine(adding: keepingMine[index]))
        }
    }

    /// Every id any of the three holds (only needed when a new id collides).
    private func taken(_ theirs: [Input], _ base: [Input], _ mine: [Input]) -> Set<String> {
        Set(theirs.map(\.id)).union(base.map(\.id)).union(mine.map(\.id)).union(renames.values)
    }

    /// Index of each id.
    static func positions(of inputs: ArraySlice<Input>) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(inputs.count)
        for index in inputs.indices { positions[inputs[index].id] = index }
        return positions
    }
}
