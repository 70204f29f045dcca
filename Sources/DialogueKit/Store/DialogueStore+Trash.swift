import Foundation

/// Moving a dialogue to the trash, listing the trash and putting a dialogue back from it.
extension DialogueStore {
    /// Moves `<stem>.json` into `.trash/` as `<stem>-<UTC time>.json`; nothing is ever deleted.
    public func trash(_ stem: String) throws(StoreError) {
        let name = try Self.fileName(of: stem)
        try underWriteLock(of: name) { handle throws(StoreError) in
            guard handle.exists(name) else { throw .notFound(stem: stem, folder: folder.path) }
            let trashedStem = "\(stem)-\(Date().formatted(Self.trashTimeFormat))"
            do throws(OSFailure) {
                try handle.makeSubfolder(Self.trashFolder)
                let target = try handle.moveToFreeName(name) { number in
                    "\(Self.trashFolder)/\(DialogueFileName.fileName(of: DialogueFileName.numbered(trashedStem, number)))"
                }
                let trashed = DialogueFileName.stem(ofFileName: String(target.dropFirst(Self.trashFolder.count + 1)))
                try moveCompanions(
                    of: stem, to: trashed ?? trashedStem, from: "", into: "\(Self.trashFolder)/", in: handle)
                handle.sync()
            } catch {
                throw .trashFailed(fileName: name, failure: error)
            }
            var index = LibraryIndex.read(from: handle)
            if index.entries.removeValue(forKey: StemKey(stem)) != nil { index.write(to: handle) }
        }
    }

    /// Every dialogue in the trash, most recently deleted first.
    public func trashed() throws(StoreError) -> [TrashedDialogue] {
        let handle = try openFolder()
        guard let trash = try? handle.subfolder(Self.trashFolder) else { return [] }
        return trash.names().compactMap { fileName in
            guard let name = DialogueFileName.stem(ofFileName: fileName) else { return nil }
            let path = "\(Self.trashFolder)/\(fileName)"
            let (original, time) = Self.trashedParts(of: name)
            let changed = handle.stamp(of: path).map { Date(timeIntervalSince1970: Double($0.changed) / 1e9) }
            let title: String? =
                if let data = try? handle.contents(of: path),
                    case .readable(let dialogue, _) = DialogueFileContent(data: data, fileName: path)
                {
                    dialogue.title
                } else {
                    nil
                }
            return TrashedDialogue(
                name: name, originalStem: original, deletedAt: time ?? changed ?? .distantPast, title: title)
        }
        .sorted { ($0.deletedAt, $0.name) > ($1.deletedAt, $1.name) }
    }

    /// Moves a dialogue back from the trash under its original stem, or the first free numbered one
    /// (`parken-2`, …) when that is taken; never replaces a file. `query` is the name in the trash, or the
    /// original stem when only one trashed dialogue had it. Returns the stem it now has in the library.
    public func restoreFromTrash(_ query: String) throws(StoreError) -> String {
        let entry = try trashedDialogue(named: query)
        let handle = try openFolder()
        let source = "\(Self.trashFolder)/\(DialogueFileName.fileName(of: entry.name))"
        do throws(OSFailure) {
            let target = try handle.moveToFreeName(source) { number in
                DialogueFileName.fileName(of: DialogueFileName.numbered(entry.originalStem, number))
            }
            let stem = DialogueFileName.stem(ofFileName: target) ?? entry.originalStem
            try moveCompanions(of: entry.name, to: stem, from: "\(Self.trashFolder)/", into: "", in: handle)
            handle.sync()
            return stem
        } catch {
            throw .untrashFailed(fileName: source, failure: error)
        }
    }

    /// Moves the inputs journal and the contacts file of `stem` (in the folder `from`) to those of `newStem` (in
    /// `into`), never replacing a file: one already there keeps its place and the moved one stays where it was.
    private func moveCompanions(
        of stem: String, to newStem: String, from: String, into: String, in handle: FolderHandle
    )
        throws(OSFailure)
    {
        let pairs = [
            (InputJournal.fileName(of: stem), InputJournal.fileName(of: newStem)),
            (Self.contactsFileName(of: stem), Self.contactsFileName(of: newStem)),
        ]
        for (name, newName) in pairs where handle.exists(from + name) {
            do throws(OSFailure) {
                try handle.link(from + name, as: into + newName)
                try handle.remove(from + name)
            } catch  where error.code == EEXIST {
                continue
            } catch  where AtomicWriter.linksUnsupported(error) {
                if !handle.exists(into + newName) { try handle.rename(from + name, to: into + newName) }
            }
        }
    }

    /// The trashed dialogue a user means: the name in the trash, or an original stem only one of them had.
    private func trashedDialogue(named query: String) throws(StoreError) -> TrashedDialogue {
        guard DialogueFileName.isSafe(query) else { throw .invalidName(query) }
        let all = try trashed()
        if let exact = all.first(where: { $0.name == query }) { return exact }
        let matches = all.filter { $0.originalStem == query }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw .notInTrash(query: query, available: all.map(\.name))
        default: throw .ambiguousInTrash(query: query, candidates: matches.map(\.name))
        }
    }

    /// The original stem and deletion time in a trash name `<stem>-<UTC time>[-<n>]`; the whole name and
    /// nil when it has no time (a file put there by hand).
    private static func trashedParts(of name: String) -> (stem: String, deletedAt: Date?) {
        guard let match = name.wholeMatch(of: /(.+)-(\d{8}T\d{6}Z)(?:-\d+)?/),
            let time = try? trashTimeFormat.parse(String(match.2))
        else { return (name, nil) }
        return (String(match.1), time)
    }
}
