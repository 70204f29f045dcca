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
            var index = LibraryIndex.read(from: handle)
            guard let stamp = handle.stamp(of: name) else { throw .vanished(fileName: name) }
            let mine = Self.encode(dialogue)
            // A changed stamp with the same bytes (a touch, a copy back) is no other writer.
            let disk = stamp == version.stamp ? nil : try readFile(name, stem: stem, in: handle)
            let othersWrote = disk.map { ContentHash.of($0) != version.contentHash } ?? false
            if !othersWrote, !version.hasForeignContent {
                return .written(
                    try writeVersion(
                        mine, of: dialogue, foreign: false, as: stem, name: name, in: handle, index: &index))
            }
            let bytes = if let disk { disk } else { try readFile(name, stem: stem, in: handle) }
            return try merge(
                dialogue, encoded: mine, onto: bytes, stamp: stamp, over: version, othersWrote: othersWrote,
                as: stem, name: name, in: handle, index: &index)
        }
    }

    /// Merges my change (from `version.base` to `dialogue`, encoded as `mine`) onto the file's bytes
    /// `disk`, and writes the merge, or returns the conflict without writing. When nobody else wrote
    /// (the file only holds more than this Ting knows), the file is still the base and the merge is
    /// my dialogue with the file's unknown members.
    private func merge(
        _ dialogue: Dialogue, encoded mine: Data, onto disk: Data, stamp: FileStamp, over version: FileVersion,
        othersWrote: Bool, as stem: String, name: String, in handle: FolderHandle, index: inout LibraryIndex
    ) throws(StoreError) -> SaveOutcome {
        let base = Self.encode(version.base)
        var theirs = version.base
        var theirsModel = base
        if othersWrote {
            switch DialogueFileContent(data: disk, fileName: name) {
            case .damaged(let file): throw .wouldOverwriteDamaged(file)
            case .readable(_, let newerSchema?): throw .newerSchema(fileName: name, schema: newerSchema)
            case .readable(let dialogue, nil): theirs = dialogue
            }
            theirsModel = Self.encode(theirs)
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
        let canonical = Self.encode(result)
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
