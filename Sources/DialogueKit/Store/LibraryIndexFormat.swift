import Foundation

/// The text format of the library's `.index` cache. Listing 1,000 dialogues must take a few
/// milliseconds; measured here on a 1,000-entry index, Foundation's JSONDecoder takes about 10 ms,
/// JSONSerialization 12 ms and CSV.swift 16 ms, so this machine-written cache (never edited by
/// people, rebuilt from the dialogue files whenever it does not parse or says something no real
/// library could: negative or huge counts, more done than there are, times that are not real,
/// overlong fields) is one tab-separated line
/// per file, parsed straight from the bytes:
///
///     ting-index <format> <schema>
///     D <stem> <size> <mtime> <ctime> <inode> <checkedAt> <title> <templateID> <templateName> <phase>
///       <done> <total> <gate> <modifiedAt> <readOnly> <dueCount> (<kind> <YYYY-MM-DD> <reference> <words>)…
///     X <stem> <size> <mtime> <ctime> <inode> <checkedAt> <fileName> <place> <reason>
///
/// Text fields escape backslash, tab, newline and carriage return; an empty place means none;
/// `modifiedAt` is the bit pattern of the date's reference interval, so dates come back exactly;
/// `dueCount` is how many due items follow, four fields each (`DueKind` raw value, date, reference,
/// words); a phase's reference is its id and a publication's its moment, or the line is not trusted.
enum LibraryIndexFormat {
    /// The first word of the file.
    static let magic = "ting-index"

    /// The index as bytes.
    static func encode(_ index: LibraryIndex) -> Data {
        var text = "\(magic) \(index.format) \(index.schemaVersion)\n"
        for key in index.entries.keys.sorted() {
            guard let entry = index.entries[key] else { continue }
            let stem = key.stem
            let stamp = entry.stamp
            var fields = [
                escape(stem), "\(stamp.size)", "\(stamp.modified)", "\(stamp.changed)", "\(stamp.inode)",
                "\(entry.checkedAt)",
            ]
            if let summary = entry.summary {
                fields.insert("D", at: 0)
                fields += [
                    escape(summary.title), escape(summary.templateID), escape(summary.templateName),
                    summary.currentPhase.rawValue, "\(summary.progress.done)", "\(summary.progress.total)",
                    summary.gate.rawValue, "\(summary.modifiedAt.timeIntervalSinceReferenceDate.bitPattern)",
                    summary.isReadOnly ? "1" : "0", "\(summary.due.count)",
                ]
                for item in summary.due {
                    fields += [item.kind.rawValue, item.date.description, escape(item.reference), escape(item.words)]
                }
            } else if let damaged = entry.damaged {
                fields.insert("X", at: 0)
                fields += [escape(damaged.fileName), escape(damaged.place ?? ""), escape(damaged.reason)]
            }
            text += fields.joined(separator: "\t")
            text += "\n"
        }
        return Data(text.utf8)
    }

    /// The index in `data`, or nil when it is not an index in this format.
    static func decode(_ data: Data) -> LibraryIndex? {
        data.withUnsafeBytes { bytes -> LibraryIndex? in
            var lines = bytes.split(separator: newline, omittingEmptySubsequences: true)[...]
            guard let header = lines.popFirst() else { return nil }
            let words = header.split(separator: UInt8(ascii: " "))
            guard words.count == 3, string(words[0]) == magic, let format = integer(words[1]),
                let schema = integer(words[2])
            else { return nil }
            var index = LibraryIndex()
            index.format = format
            index.schemaVersion = schema
            index.entries.reserveCapacity(lines.count)
            var fields: [Field] = []
            fields.reserveCapacity(17)
            for line in lines {
                guard let (stem, entry) = self.entry(line, fields: &fields) else { return nil }
                index.entries[StemKey(stem)] = entry
            }
            return index
        }
    }

    private typealias Field = Slice<UnsafeRawBufferPointer>

    /// The longest field an index Ting wrote can hold, in bytes: a summary keeps at most
    /// `DialogueSummary.maximumTextLength` characters of each text (each at most
    /// `SafeText.scalarsPerCharacter` scalars of 4 bytes), and a damage reason quotes excerpts only.
    /// A longer field means the file is not an index Ting wrote, so it is rebuilt.
    static let maximumFieldBytes = 8192
    /// More checklist items than any dialogue has; a larger count means the index is not to be trusted.
    static let maximumItemCount = 1_000_000
    /// About 3,000 years either side of 2001: later or earlier change times are not real.
    static let maximumSecondsFromReferenceDate = 1e11

    private static let newline = UInt8(ascii: "\n")
    private static let tab = UInt8(ascii: "\t")
    private static let backslash = UInt8(ascii: "\\")

    /// One line's entry; `fields` is scratch space, reused from line to line.
    private static func entry(_ line: Field, fields: inout [Field]) -> (String, LibraryIndexEntry)? {
        fields.removeAll(keepingCapacity: true)
        var start = line.startIndex
        while let end = line[start...].firstIndex(of: tab) {
            fields.append(line[start..<end])
            start = end + 1
        }
        fields.append(line[start...])
        guard fields.count >= 7, fields.allSatisfy({ $0.count <= maximumFieldBytes }),
            let size = integer(fields[2]), size >= 0, let modified = integer(fields[3]),
            let changed = integer(fields[4]), let inode = unsigned(fields[5]),
            let checkedAt = integer(fields[6])
        else { return nil }
        let stem = string(fields[1])
        let stamp = FileStamp(
            size: Int64(size), modified: Int64(modified), changed: Int64(changed), inode: inode)
        let content: LibraryEntry
        switch (fields[0].first, fields.count) {
        case (UInt8(ascii: "D"), 17...):
            guard let phase = Phase(rawValue: string(fields[10])), let done = integer(fields[11]),
                let total = integer(fields[12]), let gate = GateState(rawValue: string(fields[13])),
                let modifiedBits = unsigned(fields[14]), let due = dueItems(fields[16...])
            else { return nil }
            let progress = ChecklistProgress(done: done, total: total)
            let modifiedAt = Double(bitPattern: modifiedBits)
            guard progress.isPlausible, total <= maximumItemCount, modifiedAt.isFinite,
                abs(modifiedAt) <= maximumSecondsFromReferenceDate,
                fields[15].elementsEqual([UInt8(ascii: "0")]) || fields[15].elementsEqual([UInt8(ascii: "1")])
            else { return nil }
            content = .dialogue(
                DialogueSummary(
                    stem: stem, title: string(fields[7]), templateID: string(fields[8]),
                    templateName: string(fields[9]), currentPhase: phase, progress: progress, gate: gate,
                    modifiedAt: Date(timeIntervalSinceReferenceDate: modifiedAt),
                    isReadOnly: fields[15].elementsEqual([UInt8(ascii: "1")]), due: due))
        case (UInt8(ascii: "X"), 10):
            let place = string(fields[8])
            content = .damaged(
                DamagedFile(
                    fileName: string(fields[7]), place: place.isEmpty ? nil : place, reason: string(fields[9])
                ))
        default:
            return nil
        }
        return (stem, LibraryIndexEntry(stamp: stamp, checkedAt: Int64(checkedAt), entry: content))
    }

    /// The due items in the fields from `<dueCount>` on, or nil when they are not what `encode(_:)`
    /// writes: a count that does not match, an unknown kind, a date that is not real, a phase or a
    /// publication moment that does not exist.
    private static func dueItems(_ fields: ArraySlice<Field>) -> [DueItem]? {
        guard let count = fields.first.flatMap({ integer($0) }), count >= 0, count <= maximumItemCount,
            fields.count == 1 + 4 * count
        else { return nil }
        var items: [DueItem] = []
        items.reserveCapacity(count)
        var index = fields.startIndex + 1
        while index < fields.endIndex {
            guard let kind = DueKind(rawValue: string(fields[index])), let date = date(fields[index + 1])
            else { return nil }
            let reference = string(fields[index + 2])
            switch kind {
            case .phaseEnd: guard Phase(rawValue: reference) != nil else { return nil }
            case .publication: guard PublicationMoment(rawValue: reference) != nil else { return nil }
            case .activity, .feedback: break
            }
            items.append(DueItem(kind: kind, date: date, reference: reference, words: string(fields[index + 3])))
            index += 4
        }
        return items
    }

    /// A `YYYY-MM-DD` field read straight from its bytes (thousands are read at every start), or nil when
    /// it is not a real date.
    private static func date(_ field: Field) -> LocalDate? {
        guard field.count == 10 else { return nil }
        let start = field.startIndex
        guard field[start + 4] == UInt8(ascii: "-"), field[start + 7] == UInt8(ascii: "-"),
            let year = unsigned(field[start..<start + 4]), let month = unsigned(field[start + 5..<start + 7]),
            let day = unsigned(field[start + 8..<start + 10])
        else { return nil }
        return LocalDate(year: Int(year), month: Int(month), day: Int(day))
    }

    private static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == backslash || $0 == tab || $0 == newline || $0 == 13 }) else {
            return text
        }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A text field, unescaped.
    private static func string(_ field: Field) -> String {
        let text = String(decoding: field, as: UTF8.self)
        guard field.contains(backslash) else { return text }
        var unescaped = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\", let next = iterator.next() else {
                unescaped.unicodeScalars.append(scalar)
                continue
            }
            switch next {
            case "t": unescaped += "\t"
            case "n": unescaped += "\n"
            case "r": unescaped += "\r"
            default: unescaped.unicodeScalars.append(next)
            }
        }
        return unescaped
    }

    private static func integer(_ field: some Collection<UInt8>) -> Int? {
        var digits = field[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard let magnitude = unsigned(digits), magnitude <= UInt64(Int.max) else { return nil }
        return negative ? -Int(magnitude) : Int(magnitude)
    }

    private static func unsigned(_ field: some Collection<UInt8>) -> UInt64? {
        guard !field.isEmpty, field.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in field {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }
}
