import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The library: one JSON file per dialogue in a folder, written atomically with the last 20 versions
/// kept in `.backup/`, deleted files moved to `.trash/`, and a summary index for fast listing.
public struct DialogueStore: Sendable {
    /// The hidden folder that keeps the earlier versions of every saved file (`BackupShelf`).
    public static let backupFolder = ".backup"
    /// The hidden folder that deleted files are moved to.
    public static let trashFolder = ".trash"
    /// Temp files left by a killed save are removed once they are this old, in seconds.
    static let staleTempAge: TimeInterval = 60

    /// The library folder.
    public let folder: URL
    /// How bytes reach the disk; a test can make it fail like a full disk.
    let writeBytes: AtomicWriter.WriteFunction
    /// Who this process is, in lock and presence files.
    public let identity: WriterIdentity

    /// A store for the library in `folder`, which is created if it is missing; `identity` names this
    /// process to other writers.
    public init(folder: URL, identity: WriterIdentity = .current) throws(StoreError) {
        try self.init(folder: folder, identity: identity, writeBytes: AtomicWriter.systemWrite)
    }

    init(folder: URL, identity: WriterIdentity = .current, writeBytes: @escaping AtomicWriter.WriteFunction)
        throws(StoreError)
    {
        self.folder = folder.standardizedFileURL
        self.identity = identity
        self.writeBytes = writeBytes
        do throws(OSFailure) {
            try FolderHandle.makeFolders(at: self.folder)
            _ = try FolderHandle(self.folder)
        } catch {
            throw .cannotUseFolder(path: self.folder.path, failure: error)
        }
    }

    /// Every file in the library, sorted by title, damaged files included. Reads the index and
    /// decodes only files that are new or changed since it was written.
    public func list() -> [LibraryEntry] {
        guard let handle = try? openFolder() else { return [] }
        let now = Self.nowNanoseconds()
        let previous = LibraryIndex.read(from: handle)
        var index = LibraryIndex()
        index.entries.reserveCapacity(previous.entries.count)
        var changed = false
        let names = handle.names()
        let journals = Set(names.filter { $0.hasSuffix(".inputs.jsonl") })
        for name in names {
            if name.hasPrefix(".") {
                removeIfStaleTemp(name, in: handle, now: now)
                continue
            }
            guard let stem = DialogueFileName.stem(ofFileName: name), let stamp = handle.stamp(of: name)
            else {
                continue
            }
            let journalName = InputJournal.fileName(of: stem)
            let journal = journals.contains(journalName) ? handle.stamp(of: journalName) : nil
            if let entry = previous.entries[StemKey(stem)], entry.describes(stamp),
                journal.map(entry.wasChecked(after:)) ?? true
            {
                index.entries[StemKey(stem)] = entry
            } else {
                let content = readEntry(name, stem: stem, in: handle)
                index.entries[StemKey(stem)] = LibraryIndexEntry(stamp: stamp, checkedAt: now, entry: content)
                changed = true
            }
        }
        if changed || index.entries.count != previous.entries.count {
            index.write(to: handle)
        }
        return Self.sortedByTitle(index.entries.values.compactMap(\.libraryEntry))
    }

    /// The dialogue stored under `stem`; read-only when a newer Ting wrote it.
    public func load(_ stem: String) throws(StoreError) -> LoadedDialogue {
        let name = try Self.fileName(of: stem)
        let handle = try openFolder()
        let (data, stamp) = try readFileAndStamp(name, stem: stem, in: handle)
        var pointer: String?
        switch DialogueFileContent(data: data, fileName: name, journal: &pointer) {
        case .damaged(let file):
            throw .damaged(file)
        case .readable(var dialogue, let newerSchema):
            let foreign = Self.encode(dialogue, journal: pointer) != data
            let companions = try readCompanions(of: stem, pointer: pointer, in: handle)
            // Inputs written inside a dialogue file (never by a released Ting) move to the journal at the next save.
            if companions.journal != nil { dialogue.inputs = companions.inputs }
            if !companions.contacts.isEmpty { dialogue.contacts = companions.contacts }
            Self.adoptLastChange(of: companions.inputs, into: &dialogue)
            var base = dialogue
            if companions.journal == nil { base.inputs = [] }
            let version = FileVersion(
                stamp: stamp, contentHash: ContentHash.of(data), base: base, hasForeignContent: foreign,
                journal: companions.journal, pointsToJournal: pointer != nil)
            return LoadedDialogue(
                stem: stem, dialogue: dialogue, isReadOnly: newerSchema != nil,
                readOnlyReason: newerSchema.map {
                    DialogueFileContent.readOnlyReason(fileName: name, schema: $0)
                },
                version: version)
        }
    }

    /// The dialogue changed last when its newest input change was made, if that is after the file's own change.
    static func adoptLastChange(of inputs: [Input], into dialogue: inout Dialogue) {
        var latest: ItemChange?
        for input in inputs {
            let change = input.lastChange ?? input.capturedBy.map { ItemChange(by: $0, at: input.capturedAt) }
            if let change, change.at > latest?.at ?? .distantPast { latest = change }
        }
        guard let latest, latest.at > dialogue.modifiedAt else { return }
        dialogue.modifiedAt = latest.at
        dialogue.modifiedBy = latest.by
    }

    /// Replaces `<stem>.json` with `dialogue` whatever the file holds now, under the write lock,
    /// keeping the previous version in `.backup/<stem>/`; for putting back a version on purpose. Edits
    /// use `save(_:as:over:)`, which never loses another writer's change. Refuses to write over a
    /// file that is damaged or was written by a newer Ting.
    public func save(_ dialogue: Dialogue, as stem: String) throws(StoreError) {
        try replace(stem, with: dialogue, overDamaged: false)
    }

    /// Writes `dialogue` over `<stem>.json` under the write lock, keeping the previous version in
    /// `.backup/`; a damaged file is replaced only when `overDamaged`, a newer Ting's never. Returns the
    /// version written, for the next save to go over.
    @discardableResult
    func replace(_ stem: String, with dialogue: Dialogue, overDamaged: Bool) throws(StoreError) -> FileVersion {
        let name = try Self.fileName(of: stem)
        try Self.checkSchema(of: dialogue, fileName: name)
        return try underWriteLock(of: name) { handle throws(StoreError) in
            var index = LibraryIndex.read(from: handle)
            try checkOverwritable(name, stem: stem, in: handle, index: index, overDamaged: overDamaged)
            // The inputs and contacts stay as they are: a version of the dialogue file never held them.
            let companions = try readCompanions(of: stem, pointer: nil, in: handle)
            let pointer = companions.journal.map { _ in InputJournal.fileName(of: stem) }
            let written = try writeVersion(
                Self.encode(dialogue, journal: pointer), of: dialogue, foreign: false, as: stem, name: name,
                in: handle, index: &index)
            return written.holding(
                inputs: companions.inputs, contacts: companions.contacts, journal: companions.journal,
                pointsToJournal: pointer != nil)
        }
    }

    /// Writes a merge or a dialogue and returns the version now on disk.
    func writeVersion(
        _ data: Data, of dialogue: Dialogue, foreign: Bool, as stem: String, name: String, in handle: FolderHandle,
        index: inout LibraryIndex
    ) throws(StoreError) -> FileVersion {
        guard let stamp = try write(data, of: dialogue, as: stem, name: name, in: handle, index: &index) else {
            throw .vanished(fileName: name)
        }
        return FileVersion(stamp: stamp, contentHash: ContentHash.of(data), base: dialogue, hasForeignContent: foreign)
    }

    /// Runs one read-check-write of the file `name` with the library folder open and the file's write
    /// lock held, so that no other Ting writes it in between.
    func underWriteLock<Result>(of name: String, _ body: (FolderHandle) throws(StoreError) -> Result)
        throws(StoreError) -> Result
    {
        let handle = try openFolder()
        let lock = try WriteLock.acquire(for: name, in: handle, as: identity)
        defer { lock.release() }
        return try body(handle)
    }

    /// Writes a new dialogue under a stem derived from its title (`-2`, `-3` … when taken) and
    /// returns that stem. Never replaces a file.
    public func create(_ dialogue: Dialogue) throws(StoreError) -> String {
        try createLoaded(dialogue).stem
    }

    /// Writes a new dialogue like `create` and returns it as loaded, with the version to save over.
    public func createLoaded(_ dialogue: Dialogue) throws(StoreError) -> LoadedDialogue {
        let stem = DialogueFileName.stem(forTitle: dialogue.title)
        try Self.checkSchema(of: dialogue, fileName: DialogueFileName.fileName(of: stem))
        let handle = try openFolder()
        let data = Self.encode(dialogue)
        let name: String
        do throws(OSFailure) {
            name = try writer(for: handle).createNew(data) { number in
                DialogueFileName.fileName(of: DialogueFileName.numbered(stem, number))
            }
        } catch {
            throw .writeFailed(fileName: DialogueFileName.fileName(of: stem), failure: error)
        }
        let createdStem = DialogueFileName.stem(ofFileName: name) ?? stem
        var index = LibraryIndex.read(from: handle)
        let stamp = record(dialogue, stem: createdStem, name: name, in: handle, index: &index)
        var empty = dialogue
        empty.inputs = []
        empty.contacts = []
        let created = LoadedDialogue(
            stem: createdStem, dialogue: dialogue, isReadOnly: false, readOnlyReason: nil,
            version: stamp.map {
                FileVersion(stamp: $0, contentHash: ContentHash.of(data), base: empty, hasForeignContent: false)
            })
        // Inputs and contacts go to their own files, by the one save path.
        guard let version = created.version, dialogue.inputs != empty.inputs || dialogue.contacts != empty.contacts
        else { return created }
        switch try save(dialogue, as: createdStem, over: version) {
        case .written(let written), .merged(_, let written):
            return LoadedDialogue(
                stem: createdStem, dialogue: written.base, isReadOnly: false, readOnlyReason: nil, version: written)
        case .conflicted(let conflict):
            return LoadedDialogue(
                stem: createdStem, dialogue: conflict.current.base, isReadOnly: false, readOnlyReason: nil,
                version: conflict.current)
        }
    }

    /// The stem a user means by `query`: the stem itself (byte for byte), or the one stem that
    /// starts with it (ignoring case and Unicode normalisation). Names the candidates when there
    /// are none or several.
    public func resolve(_ query: String) throws(StoreError) -> String {
        guard DialogueFileName.isSafe(query) else { throw .invalidName(query) }
        let stems = try openFolder().names().compactMap(DialogueFileName.stem(ofFileName:)).sorted()
        // Byte for byte first: `==` on strings would take "få" (NFC) for "få" (NFD), another file.
        if let stem = stems.first(where: { StemKey($0) == StemKey(query) }) { return stem }
        let folded = query.lowercased()
        let exact = stems.filter { $0.lowercased() == folded }
        if exact.count == 1 { return exact[0] }
        let matches = stems.filter { $0.lowercased().hasPrefix(folded) }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw .noMatch(query: query, folder: folder.path, available: stems)
        default: throw .ambiguous(query: query, candidates: matches)
        }
    }

    // MARK: - Helpers

    func openFolder() throws(StoreError) -> FolderHandle {
        do throws(OSFailure) {
            return try FolderHandle(folder)
        } catch {
            throw .cannotUseFolder(path: folder.path, failure: error)
        }
    }

    func writer(for handle: FolderHandle) -> AtomicWriter {
        AtomicWriter(folder: handle, durable: true, writeBytes: writeBytes)
    }

    func readFile(_ name: String, stem: String, in handle: FolderHandle) throws(StoreError) -> Data {
        do throws(OSFailure) {
            return try handle.contents(of: name)
        } catch  where error.code == ENOENT {
            throw .notFound(stem: stem, folder: folder.path)
        } catch {
            throw .readFailed(fileName: name, failure: error)
        }
    }

    /// The file's bytes and the stamp they were read at; read again if the file was replaced meanwhile.
    func readFileAndStamp(_ name: String, stem: String, in handle: FolderHandle) throws(StoreError)
        -> (Data, FileStamp)
    {
        while true {
            guard let before = handle.stamp(of: name) else { throw .notFound(stem: stem, folder: folder.path) }
            let data = try readFile(name, stem: stem, in: handle)
            if handle.stamp(of: name) == before { return (data, before) }
        }
    }

    /// Writes `data` (the encoding of `dialogue`, or a merge holding it) over `name`, keeping the
    /// previous version in `.backup/`, and records it in the index; returns the new file's stamp.
    func write(
        _ data: Data, of dialogue: Dialogue, as stem: String, name: String, in handle: FolderHandle,
        index: inout LibraryIndex
    ) throws(StoreError) -> FileStamp? {
        do throws(OSFailure) {
            try writer(for: handle).replace(name, with: data, backupFolder: Self.backupFolder)
        } catch {
            throw .writeFailed(fileName: name, failure: error)
        }
        return record(dialogue, stem: stem, name: name, in: handle, index: &index)
    }

    /// What the library shows for a file the index does not describe.
    private func readEntry(_ name: String, stem: String, in handle: FolderHandle) -> LibraryEntry {
        guard DialogueFileName.isSafe(stem) else {
            return .damaged(
                DamagedFile(
                    fileName: name, place: nil, problem: "filnamnet innehåller tecken som Ting inte använder",
                    fix: "byt namn på filen till bara bokstäver, siffror och bindestreck"))
        }
        do throws(OSFailure) {
            let data = try handle.contents(of: name)
            var pointer: String?
            let content = DialogueFileContent(data: data, fileName: name, journal: &pointer)
            // A journal or contacts file that cannot be read makes the dialogue one the library lists as damaged.
            if case .readable = content {
                do throws(StoreError) {
                    _ = try readCompanions(of: stem, pointer: pointer, in: handle)
                } catch {
                    if case .damaged(let file) = error { return .damaged(file) }
                }
            }
            return content.libraryEntry(stem: stem)
        } catch  where error.code == ELOOP {
            return .damaged(
                DamagedFile(
                    fileName: name, place: nil,
                    problem: "filen är en symbolisk länk, och Ting läser och skriver aldrig genom länkar",
                    fix: "ersätt länken med en kopia av filen"))
        } catch {
            return .damaged(
                DamagedFile(fileName: name, place: nil, problem: "\(error)", fix: "försök sedan igen"))
        }
    }

    /// Refuses to replace a file on disk that is newer, or damaged unless `overDamaged`; a file the index
    /// describes as a healthy dialogue at its current stamp is not read again.
    private func checkOverwritable(
        _ name: String, stem: String, in handle: FolderHandle, index: LibraryIndex, overDamaged: Bool
    ) throws(StoreError) {
        guard let stamp = handle.stamp(of: name) else { return }
        if let entry = index.entries[StemKey(stem)], entry.stamp == stamp, entry.summary?.isReadOnly == false {
            return
        }
        switch DialogueFileContent(data: try readFile(name, stem: stem, in: handle), fileName: name) {
        case .damaged(let file): if !overDamaged { throw .wouldOverwriteDamaged(file) }
        case .readable(_, let newerSchema?): throw .newerSchema(fileName: name, schema: newerSchema)
        case .readable(_, nil): return
        }
    }

    /// Puts a just-written dialogue's summary into the index; returns the file's stamp.
    @discardableResult
    func record(
        _ dialogue: Dialogue, stem: String, name: String, in handle: FolderHandle, index: inout LibraryIndex
    ) -> FileStamp? {
        let now = Self.nowNanoseconds()
        guard let stamp = handle.stamp(of: name) else { return nil }
        let summary = DialogueSummary(stem: stem, dialogue: dialogue, isReadOnly: false)
        index.entries[StemKey(stem)] = LibraryIndexEntry(stamp: stamp, checkedAt: now, entry: .dialogue(summary))
        index.write(to: handle)
        return stamp
    }

    /// Removes a temp file left behind by a killed save once it is clearly not in use any more.
    private func removeIfStaleTemp(_ name: String, in handle: FolderHandle, now: Int64) {
        guard name.hasSuffix(AtomicWriter.tempSuffix), let stamp = handle.stamp(of: name),
            stamp.modified < now - Int64(Self.staleTempAge * 1e9)
        else { return }
        try? handle.remove(name)
    }

    static func fileName(of stem: String) throws(StoreError) -> String {
        guard DialogueFileName.isSafe(stem) else { throw .invalidName(stem) }
        return DialogueFileName.fileName(of: stem)
    }

    static func checkSchema(of dialogue: Dialogue, fileName: String) throws(StoreError) {
        guard dialogue.schemaVersion <= Dialogue.currentSchemaVersion else {
            throw .newerSchema(fileName: fileName, schema: dialogue.schemaVersion)
        }
    }

    /// The dialogue file's bytes, naming the inputs `journal` when there is one.
    static func encode(_ dialogue: Dialogue, journal: String? = nil) -> Data {
        // A dialogue holds no floating-point numbers, the only values JSONEncoder can refuse.
        try! DialogueCoding.encodeDialogue(dialogue, journal: journal)
    }

    /// Sorts by title, then stem.
    private static func sortedByTitle(_ entries: [LibraryEntry]) -> [LibraryEntry] {
        TitleOrder.order(of: entries.map(\.title), tieBreakers: entries.map(\.stem)).map { entries[$0] }
    }

    private static func nowNanoseconds() -> Int64 {
        Int64(Date().timeIntervalSince1970 * 1e9)
    }

    static let trashTimeFormat = Date.ISO8601FormatStyle(
        dateSeparator: .omitted, dateTimeSeparator: .standard, timeSeparator: .omitted)
}
