import Foundation

/// The versions of a dialogue kept in `.backup/`, and restoring one of them.
extension DialogueStore {
    /// Every version of the dialogue `stem`, newest (the current file) first, each with what it changed
    /// compared with the one before it.
    public func history(of stem: String) throws(StoreError) -> [DialogueVersion] {
        let name = try Self.fileName(of: stem)
        let handle = try openFolder()
        guard handle.stamp(of: name) != nil else { throw .notFound(stem: stem, folder: folder.path) }
        let shelf = BackupShelf(folder: handle, backupFolder: Self.backupFolder, name: name)
        let paths = [name] + shelf.versions().reversed()
        let read = paths.map { path in readVersion(path, in: handle) }
        return read.enumerated().map { offset, version in
            let older = read.indices.contains(offset + 1) ? read[offset + 1].dialogue : nil
            let changes: [String] =
                if let dialogue = version.dialogue, let older {
                    DialogueChanges.describe(from: older, to: dialogue)
                } else {
                    []
                }
            return DialogueVersion(
                number: offset + 1, path: paths[offset], dialogue: version.dialogue, problem: version.problem,
                savedAt: version.dialogue?.modifiedAt ?? version.modified,
                author: version.dialogue.flatMap { DialogueChanges.author(of: $0, since: older) }, changes: changes)
        }
    }

    /// Makes version `number` (as `history(of:)` numbers them) the current one through the normal save,
    /// so the current file becomes the newest kept version and nothing is lost; returns the version restored.
    @discardableResult
    public func restore(version number: Int, of stem: String, by actor: String, at now: Date) throws(StoreError)
        -> DialogueVersion
    {
        let versions = try history(of: stem)
        guard versions.indices.contains(number - 1) else {
            throw .noSuchVersion(stem: stem, number: number, count: versions.count)
        }
        let version = versions[number - 1]
        try restore(version, of: stem, by: actor, at: now)
        return version
    }

    /// Makes `version` the current one through the normal save; returns the dialogue as saved, with the
    /// version written for the next save to go over. A current file that cannot be read is the one file
    /// restore may replace: it is kept as the newest version first.
    @discardableResult
    public func restore(_ version: DialogueVersion, of stem: String, by actor: String, at now: Date)
        throws(StoreError) -> LoadedDialogue
    {
        guard !version.isCurrent else { throw .alreadyCurrent(stem: stem) }
        guard var dialogue = version.dialogue else {
            throw .damaged(DamagedFile(fileName: version.path, place: nil, reason: version.problem ?? ""))
        }
        dialogue.markModified(by: actor, at: now)
        let written = try replace(stem, with: dialogue, overDamaged: true)
        return LoadedDialogue(
            stem: stem, dialogue: written.base, isReadOnly: false, readOnlyReason: nil, version: written)
    }

    /// The content of one version file, and its modification time.
    private func readVersion(_ path: String, in handle: FolderHandle) -> (
        dialogue: Dialogue?, problem: String?, modified: Date
    ) {
        let modified = Date(timeIntervalSince1970: Double(handle.stamp(of: path)?.modified ?? 0) / 1e9)
        do throws(OSFailure) {
            switch DialogueFileContent(data: try handle.contents(of: path), fileName: path) {
            case .readable(let dialogue, _): return (dialogue, nil, modified)
            case .damaged(let file): return (nil, file.reason, modified)
            }
        } catch {
            return (nil, "\(error)", modified)
        }
    }
}
