import Foundation

extension DialogueStore {
    /// Saves `dialogue` as `<stem>.json` over the version this process loaded or last wrote, under
    /// the file's write lock. When the file is still that version it is written as it is; when
    /// someone else wrote it meanwhile, both changes are merged, or, where both changed the same
    /// value, nothing is written and the conflict is returned. Keys this Ting does not know stay in
    /// the file. Refuses to write over a file that is damaged, missing or written by a newer Ting.
    public func save(_ dialogue: Dialogue, as stem: String, over version: FileVersion) throws(StoreError)
        -> SaveOutcome
    {
        let name = try Self.fileName(of: stem)
        try Self.checkSchema(of: dialogue, fileName: name)
        return try underWriteLock(of: name) { handle throws(StoreError) in
            // Inputs first: they go to the journal, and only what changed is appended.
            let companions = try catchUp(on: version, stem: stem, in: handle)
            let inputs = InputMerge(
                base: version.base.inputs, mine: dialogue.inputs, theirs: companions.inputs,
                actor: dialogue.modifiedBy ?? identity.name, now: dialogue.modifiedAt)
            var journal = companions.journal
            var committed = companions.inputs
            if inputs.conflicts.isEmpty {
                if !inputs.lines.isEmpty { journal = try append(inputs.lines, to: stem, after: companions, in: handle) }
                committed = inputs.keepingMine
            }
            let contacts = try saveContacts(of: dialogue, over: version, stem: stem, in: handle)
            let othersAppended =
                companions.inputs.count != version.base.inputs.count
                || companions.journal != version.journal
            let inputsMerged = othersAppended || !inputs.renames.isEmpty
            var mine = dialogue
            mine.inputs = committed
            mine.contacts = contacts
            let pointer = journal.map { _ in InputJournal.fileName(of: stem) }
            let fileOutcome: SaveOutcome
            if Self.sameFileContent(dialogue, version.base), pointer == nil || version.pointsToJournal {
                fileOutcome = try unchangedFile(mine, name: name, stem: stem, over: version, in: handle)
            } else {
                fileOutcome = try saveFile(mine, name: name, stem: stem, over: version, journal: pointer, in: handle)
            }
            let attach = { (file: FileVersion) in
                file.holding(inputs: committed, contacts: contacts, journal: journal, pointsToJournal: pointer != nil)
            }
            switch fileOutcome {
            case .written(let file) where inputs.conflicts.isEmpty:
                return inputsMerged ? .merged(attach(file).base, attach(file)) : .written(attach(file))
            case .merged(_, let file) where inputs.conflicts.isEmpty:
                return .merged(attach(file).base, attach(file))
            case .written(let file), .merged(_, let file):
                var keepingMine = attach(file).base
                var keepingTheirs = keepingMine
                keepingMine.inputs = inputs.keepingMine
                keepingTheirs.inputs = inputs.keepingTheirs
                return .conflicted(
                    SaveConflict(
                        places: inputs.conflicts, keepingMine: keepingMine, keepingTheirs: keepingTheirs,
                        current: attach(file)))
            case .conflicted(var conflict):
                conflict.places += inputs.conflicts
                conflict.keepingMine.inputs = inputs.keepingMine
                conflict.keepingTheirs.inputs = inputs.conflicts.isEmpty ? inputs.keepingMine : inputs.keepingTheirs
                conflict.keepingMine.contacts = contacts
                conflict.keepingTheirs.contacts = contacts
                conflict.current = attach(conflict.current)
                return .conflicted(conflict)
            }
        }
    }

    /// Whether two dialogues hold the same dialogue file: the same content apart from inputs, contacts
    /// and who changed it last, when.
    static func sameFileContent(_ a: Dialogue, _ b: Dialogue) -> Bool {
        var a = a
        a.inputs = b.inputs
        a.contacts = b.contacts
        a.modifiedAt = b.modifiedAt
        a.modifiedBy = b.modifiedBy
        return a == b
    }

    /// The outcome when my change left the dialogue file as it was: nothing is written to it; when someone
    /// else wrote it meanwhile, theirs is the dialogue, read back.
    private func unchangedFile(
        _ dialogue: Dialogue, name: String, stem: String, over version: FileVersion, in handle: FolderHandle
    ) throws(StoreError) -> SaveOutcome {
        guard let stamp = handle.stamp(of: name) else { throw .vanished(fileName: name) }
        guard stamp != version.stamp else { return .written(version.replacingBase(with: dialogue)) }
        let disk = try readFile(name, stem: stem, in: handle)
        guard ContentHash.of(disk) != version.contentHash else {
            return .written(version.replacingBase(with: dialogue, stamp: stamp))
        }
        var pointer: String?
        switch DialogueFileContent(data: disk, fileName: name, journal: &pointer) {
        case .damaged(let file): throw .wouldOverwriteDamaged(file)
        case .readable(_, let newerSchema?): throw .newerSchema(fileName: name, schema: newerSchema)
        case .readable(var theirs, nil):
            theirs.modifiedAt = max(theirs.modifiedAt, dialogue.modifiedAt)
            theirs.modifiedBy = dialogue.modifiedBy ?? theirs.modifiedBy
            let file = FileVersion(
                stamp: stamp, contentHash: ContentHash.of(disk), base: theirs,
                hasForeignContent: Self.encode(theirs, journal: pointer) != disk)
            return .merged(theirs, file)
        }
    }

    /// Keeps the contacts file up to date with my change; returns the contacts now stored.
    private func saveContacts(of dialogue: Dialogue, over version: FileVersion, stem: String, in handle: FolderHandle)
        throws(StoreError) -> [ParticipantContact]
    {
        guard dialogue.contacts != version.base.contacts else { return version.base.contacts }
        let theirs = try readContacts(of: stem, in: handle)
        let merged = Self.mergedContacts(base: version.base.contacts, mine: dialogue.contacts, theirs: theirs)
        if merged != theirs { try writeContacts(merged, of: stem, in: handle) }
        return merged
    }

    /// Saves the dialogue file over `version` as a checked save does: written when the file is still that
    /// version, else merged, or the conflict returned without writing. `journal` names the inputs journal
    /// in the file once there is one.
    private func saveFile(
        _ dialogue: Dialogue, name: String, stem: String, over version: FileVersion, journal: String?,
        in handle: FolderHandle
    ) throws(StoreError) -> SaveOutcome {
        var index = LibraryIndex.read(from: handle)
        guard let stamp = handle.stamp(of: name) else { throw .vanished(fileName: name) }
        let mine = Self.encode(dialogue, journal: journal)
        // A changed stamp with the same bytes (a touch, a copy back) is no other writer.
        let disk = stamp == version.stamp ? nil : try readFile(name, stem: stem, in: handle)
        let othersWrote = disk.map { ContentHash.of($0) != version.contentHash } ?? false
        if !othersWrote, !version.hasForeignContent {
            return .written(
                try writeVersion(mine, of: dialogue, foreign: false, as: stem, name: name, in: handle, index: &index))
        }
        let bytes = if let disk { disk } else { try readFile(name, stem: stem, in: handle) }
        return try merge(
            dialogue, encoded: mine, onto: bytes, stamp: stamp, over: version, othersWrote: othersWrote,
            journal: journal, as: stem, name: name, in: handle, index: &index)
    }

    /// Merges my change (from `version.base` to `dialogue`, encoded as `mine`) onto the file's bytes
    /// `disk`, and writes the merge, or returns the conflict without writing. When nobody else wrote
    /// (the file only holds more than this Ting knows), the file is still the base and the merge is
    /// my dialogue with the file's unknown members.
    private func merge(
        _ dialogue: Dialogue, encoded mine: Data, onto disk: Data, stamp: FileStamp, over version: FileVersion,
        othersWrote: Bool, journal: String?, as stem: String, name: String, in handle: FolderHandle,
        index: inout LibraryIndex
    ) throws(StoreError) -> SaveOutcome {
        let base = Self.encode(version.base, journal: version.pointsToJournal ? journal : nil)
        var theirs = version.base
        var theirsModel = base
        if othersWrote {
            switch DialogueFileContent(data: disk, fileName: name) {
            case .damaged(let file): throw .wouldOverwriteDamaged(file)
            case .readable(_, let newerSchema?): throw .newerSchema(fileName: name, schema: newerSchema)
            case .readable(let dialogue, nil): theirs = dialogue
            }
            theirsModel = Self.encode(theirs, journal: journal)
        }
        let trees = MergeTrees(base: base, mine: mine, theirs: disk, theirsModel: othersWrote ? theirsModel : nil)
        guard let trees else { throw .mergeFailed(fileName: name) }
        let (merged, conflicts) = ThreeWayMerge.merge(base: trees.base, mine: trees.mine, theirs: trees.theirs)
        guard conflicts.isEmpty else {
            let current = FileVersion(
                stamp: stamp, contentHash: ContentHash.of(disk), base: theirs,
                hasForeignContent: theirsModel != disk)
            let conflict = try conflict(
                conflicts, merged: merged, trees: trees, current: current, stem: stem, name: name, in: handle)
            return .conflicted(conflict)
        }
        guard othersWrote else {
            guard let data = try? DialogueCoding.encodeJSON(merged) else { throw .mergeFailed(fileName: name) }
            let version = try writeVersion(
                data, of: dialogue, foreign: data != mine, as: stem, name: name, in: handle, index: &index)
            return .written(version)
        }
        let (data, result) = try decoded(merged, name: name)
        // Only a file that holds more than its dialogue passes more than the dialogue on.
        let canonical = Self.encode(result, journal: journal)
        let bytes = theirsModel == disk ? canonical : data
        let version = try writeVersion(
            bytes, of: result, foreign: bytes != canonical, as: stem, name: name, in: handle, index: &index)
        return .merged(result, version)
    }

    /// The conflict's sentences and both ways of resolving it.
    private func conflict(
        _ conflicts: [MergeConflict], merged: JSONValue, trees: MergeTrees, current: FileVersion, stem: String,
        name: String, in handle: FolderHandle
    ) throws(StoreError) -> SaveConflict {
        let wording = ConflictWording(
            base: trees.base, mine: trees.mine, theirs: trees.theirs,
            otherWriter: otherPresences(of: stem, in: handle).first?.identity.name)
        let (keepingMine, _) = ThreeWayMerge.merge(
            base: trees.base, mine: trees.mine, theirs: trees.theirs, prefersMine: true)
        return SaveConflict(
            places: conflicts.map(wording.sentence(for:)),
            keepingMine: try decoded(keepingMine, name: name).1,
            keepingTheirs: try decoded(merged, name: name).1,
            current: current)
    }

    /// The bytes of a merged tree and the dialogue they hold; a merge that is no dialogue is refused.
    private func decoded(_ merged: JSONValue, name: String) throws(StoreError) -> (Data, Dialogue) {
        guard let data = try? DialogueCoding.encodeJSON(merged),
            let dialogue = try? DialogueCoding.decodeDialogue(from: data)
        else { throw .mergeFailed(fileName: name) }
        return (data, dialogue)
    }
}
