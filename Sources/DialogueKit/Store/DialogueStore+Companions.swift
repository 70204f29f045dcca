import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files beside a dialogue file: its inputs journal (`InputJournal`) and its participants' contacts
/// (`<stem>.contacts.jsonl`, one contact a line, replaced whole and never kept in `.backup/`, so a purged
/// contact is gone from the disk).
extension DialogueStore {
    /// What the files beside a dialogue file hold.
    struct Companions {
        var inputs: [Input]
        /// How far the journal was read; nil when there is none.
        var journal: JournalVersion?
        /// Whether bytes of a torn last line follow the journal's whole lines.
        var tornTail: Bool
        var contacts: [ParticipantContact]
    }

    /// The contacts file's name for a dialogue stem.
    static func contactsFileName(of stem: String) -> String { "\(stem).contacts.jsonl" }

    /// Reads the journal and the contacts of `stem`; a journal or contacts file that cannot be read is damaged,
    /// and so is a missing journal that the dialogue file points to.
    func readCompanions(of stem: String, pointer: String?, in handle: FolderHandle) throws(StoreError) -> Companions {
        let journalName = InputJournal.fileName(of: stem)
        var companions = Companions(inputs: [], journal: nil, tornTail: false, contacts: [])
        if let stamp = handle.stamp(of: journalName) {
            let data = try readFile(journalName, stem: stem, in: handle)
            switch InputJournal.read(data, inode: stamp.inode, fileName: journalName) {
            case .damaged(let file): throw .damaged(file)
            case .readable(let inputs, let version, let torn):
                companions.inputs = inputs
                companions.journal = version
                companions.tornTail = torn
            }
        } else if pointer != nil || handle.exists(journalName) {
            throw .damaged(
                DamagedFile(
                    fileName: journalName, place: nil,
                    problem: "dialogen har inspel i den här filen, men den saknas eller är ingen vanlig fil",
                    fix: "lägg tillbaka filen bredvid \(DialogueFileName.fileName(of: stem)) (till exempel från en "
                        + "säkerhetskopia); Ting skriver inte i dialogen så länge den saknas"))
        }
        companions.contacts = try readContacts(of: stem, in: handle)
        return companions
    }

    /// Catches up with the journal under the write lock: the inputs of `version` with whatever others
    /// appended since, reading only those bytes; the whole file again when it was replaced.
    func catchUp(on version: FileVersion, stem: String, in handle: FolderHandle) throws(StoreError) -> Companions {
        let journalName = InputJournal.fileName(of: stem)
        var companions = Companions(
            inputs: version.base.inputs, journal: version.journal, tornTail: false, contacts: version.base.contacts)
        guard let stamp = handle.stamp(of: journalName) else {
            guard version.journal == nil else {
                throw .wouldOverwriteDamaged(
                    InputJournal.damaged(journalName, place: nil, problem: "filen har försvunnit"))
            }
            return companions
        }
        let content: InputJournal.Content
        if let known = version.journal, known.inode == stamp.inode, stamp.size >= known.length {
            guard stamp.size > known.length else { return companions }
            let appended = try readBytes(journalName, from: known.length, stem: stem, in: handle)
            content = InputJournal.read(appended, after: known, onto: version.base.inputs, fileName: journalName)
        } else {
            let data = try readFile(journalName, stem: stem, in: handle)
            content = InputJournal.read(data, inode: stamp.inode, fileName: journalName)
        }
        switch content {
        case .damaged(let file): throw .wouldOverwriteDamaged(file)
        case .readable(let inputs, let journal, let torn):
            companions.inputs = inputs
            companions.journal = journal
            companions.tornTail = torn
        }
        return companions
    }

    /// Appends `lines` to the journal and flushes it; a torn last line is first kept in `.backup/<stem>/`
    /// and cut off. Returns how far the journal now goes.
    func append(
        _ lines: [InputJournalLine], to stem: String, after companions: Companions, in handle: FolderHandle
    ) throws(StoreError) -> JournalVersion {
        let journalName = InputJournal.fileName(of: stem)
        let data: Data
        do {
            data = try InputJournal.bytes(for: lines, after: companions.journal)
        } catch {
            throw .mergeFailed(fileName: journalName)
        }
        var cut: Int64?
        if companions.tornTail, let journal = companions.journal {
            try keepTornTail(of: journalName, after: journal.length, stem: stem, in: handle)
            cut = journal.length
        }
        let stamp: FileStamp
        do throws(OSFailure) {
            let existed = handle.exists(journalName)
            stamp = try handle.append(data, to: journalName, truncatingTo: cut, writeBytes: writeBytes)
            if !existed { handle.sync() }
        } catch {
            throw .writeFailed(fileName: journalName, failure: error)
        }
        let start = companions.journal ?? JournalVersion(inode: stamp.inode, length: 0, lines: 0, endsWithNewline: true)
        return JournalVersion(
            inode: stamp.inode, length: stamp.size, lines: start.lines + lines.count, endsWithNewline: true)
    }

    /// Copies the bytes after `length` (a torn last line) to `.backup/<stem>/<time>.torn.jsonl`, flushed, before
    /// they are cut off.
    private func keepTornTail(of journalName: String, after length: Int64, stem: String, in handle: FolderHandle)
        throws(StoreError)
    {
        let tail = try readBytes(journalName, from: length, stem: stem, in: handle)
        let shelf = "\(Self.backupFolder)/\(stem)"
        do throws(OSFailure) {
            try handle.makeSubfolder(Self.backupFolder)
            try handle.makeSubfolder(shelf)
            let name = "\(Date().formatted(Self.trashTimeFormat))-\(getpid()).torn.jsonl"
            _ = try handle.append(tail, to: "\(shelf)/\(name)")
        } catch {
            throw .writeFailed(fileName: journalName, failure: error)
        }
    }

    /// The contacts of `stem`; none when there is no contacts file.
    func readContacts(of stem: String, in handle: FolderHandle) throws(StoreError) -> [ParticipantContact] {
        let name = Self.contactsFileName(of: stem)
        guard handle.stamp(of: name) != nil else { return [] }
        let data = try readFile(name, stem: stem, in: handle)
        let lines = data.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x0D } }
        var joined = Data("[".utf8)
        joined.append(Data(lines.joined(separator: [UInt8(ascii: ",")])))
        joined.append(UInt8(ascii: "]"))
        do {
            return try DialogueCoding.decodeLines([ParticipantContact].self, from: joined)
        } catch {
            throw .damaged(
                DamagedFile(
                    fileName: name, place: nil, problem: "kontaktuppgifterna går inte att tolka",
                    fix: "rätta filen (en kontakt per rad, som JSON)"))
        }
    }

    /// Replaces the contacts file with `contacts` (removes it when there are none); no earlier version is kept.
    func writeContacts(_ contacts: [ParticipantContact], of stem: String, in handle: FolderHandle) throws(StoreError) {
        let name = Self.contactsFileName(of: stem)
        do throws(OSFailure) {
            guard !contacts.isEmpty else {
                try handle.remove(name)
                handle.sync()
                return
            }
            var data = Data()
            for contact in contacts {
                data.append(try! DialogueCoding.encodeLine(contact))
                data.append(UInt8(ascii: "\n"))
            }
            try writer(for: handle).replace(name, with: data, backupFolder: nil)
        } catch {
            throw .writeFailed(fileName: name, failure: error)
        }
    }

    /// Contacts merged: theirs with the ones I added and without the ones I removed.
    static func mergedContacts(base: [ParticipantContact], mine: [ParticipantContact], theirs: [ParticipantContact])
        -> [ParticipantContact]
    {
        let baseIDs = Set(base.map(\.id))
        let mineIDs = Set(mine.map(\.id))
        let removed = baseIDs.subtracting(mineIDs)
        var merged = theirs.filter { !removed.contains($0.id) }
        let theirIDs = Set(theirs.map(\.id))
        for contact in mine where !baseIDs.contains(contact.id) {
            var contact = contact
            if theirIDs.contains(contact.id) {
                contact.id = Planning.nextID(prefix: "c", after: merged.map(\.id) + mine.map(\.id))
            }
            merged.append(contact)
        }
        return merged
    }

    /// The bytes of a file from `offset` on.
    private func readBytes(_ name: String, from offset: Int64, stem: String, in handle: FolderHandle)
        throws(StoreError) -> Data
    {
        do throws(OSFailure) {
            return try handle.contents(of: name, from: offset)
        } catch {
            throw .readFailed(fileName: name, failure: error)
        }
    }
}
