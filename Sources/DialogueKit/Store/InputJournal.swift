import Foundation

/// The inputs of a dialogue, kept beside its file as `<stem>.inputs.jsonl`: one JSON object a line, each
/// a captured input or a change to one, only ever appended to and flushed to disk before a save returns.
/// People can read it; Ting never rewrites it.
///
/// A save that is killed mid-append can leave a last line without its newline. When that line reads as a
/// whole line it counts (and gets its newline at the next append); when it does not, it is a torn write
/// that was never reported saved: it is ignored, and the next save moves it to `.backup/<stem>/` before
/// appending, so nothing entered before it is touched and nothing is thrown away.
enum InputJournal {
    /// The journal's file name for a dialogue stem.
    static func fileName(of stem: String) -> String { "\(stem).inputs.jsonl" }

    /// What reading the journal's bytes gave.
    enum Content: Equatable, Sendable {
        /// The inputs, how far the whole lines go, and whether bytes of a torn last line follow them.
        case readable([Input], JournalVersion, tornTail: Bool)
        case damaged(DamagedFile)
    }

    /// Reads `bytes`, the part of the journal after `start` (whole lines already read into `inputs`).
    static func read(
        _ bytes: Data, after start: JournalVersion, onto inputs: [Input], fileName: String
    ) -> Content {
        var inputs = inputs
        var positions: [String: Int] = [:]
        positions.reserveCapacity(inputs.count)
        for (index, input) in inputs.enumerated() { positions[input.id] = index }
        return bytes.withUnsafeBytes { raw -> Content in
            let all = raw.bindMemory(to: UInt8.self)
            let newline = UInt8(ascii: "\n")
            // Whole lines end with a newline; what follows the last one counts only when it reads as a line.
            var wholeEnd = all.count
            while wholeEnd > 0, all[wholeEnd - 1] != newline { wholeEnd -= 1 }
            var ends: [Int] = []
            for index in 0..<wholeEnd where all[index] == newline { ends.append(index) }
            let tail = UnsafeBufferPointer(rebasing: all[wholeEnd...])
            var tornTail = false
            var taken = wholeEnd
            if !tail.isEmpty {
                if parse(tail) != nil {
                    ends.append(all.count)
                    taken = all.count
                } else {
                    tornTail = true
                }
            }
            var lineStart = 0
            for (offset, lineEnd) in ends.enumerated() {
                defer { lineStart = lineEnd + 1 }
                let line = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
                guard !line.allSatisfy(Self.isBlank) else { continue }
                let number = start.lines + offset + 1
                guard let entry = parse(line) else {
                    return .damaged(problem(in: Data(line), number: number, fileName: fileName))
                }
                guard entry.apply(to: &inputs, positions: &positions) else {
                    let problem =
                        if let added = entry.add {
                            "raden lägger till inspelet \"\(added.id)\", som redan finns"
                        } else {
                            "raden ändrar inspelet \"\(entry.change ?? "")\", som inte finns"
                        }
                    return .damaged(damaged(fileName, place: "rad \(number)", problem: problem))
                }
            }
            var version = start
            version.length += Int64(taken)
            version.lines += ends.count
            version.endsWithNewline = taken == 0 ? start.endsWithNewline : all[taken - 1] == newline
            return .readable(inputs, version, tornTail: tornTail)
        }
    }

    /// Reads a whole journal file.
    static func read(_ data: Data, inode: UInt64, fileName: String) -> Content {
        read(
            data, after: JournalVersion(inode: inode, length: 0, lines: 0, endsWithNewline: true), onto: [],
            fileName: fileName)
    }

    /// The bytes to append for `lines`: each line and a newline, after a newline for a last line left without one.
    static func bytes(for lines: [InputJournalLine], after version: JournalVersion?) throws -> Data {
        var data = Data()
        if let version, !version.endsWithNewline { data.append(UInt8(ascii: "\n")) }
        for line in lines {
            data.append(try DialogueCoding.encodeLine(line))
            data.append(UInt8(ascii: "\n"))
        }
        return data
    }

    /// One line as a journal line: the fast reader first, Foundation's decoder for what it does not take.
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> InputJournalLine? {
        if let entry = InputJournalLine.fast(line) { return entry }
        return try? DialogueCoding.decodeLines(
            [InputJournalLine].self, from: Data("[".utf8) + Data(line) + Data("]".utf8)
        ).first
    }

    /// What is wrong with a line that does not read, and where: line `number` of the file, the column or key in it.
    private static func problem(in line: Data, number: Int, fileName: String) -> DamagedFile {
        do {
            _ = try DialogueCoding.decodeLines([InputJournalLine].self, from: Data("[".utf8) + line + Data("]".utf8))
            return damaged(fileName, place: "rad \(number)", problem: "raden går inte att tolka")
        } catch {
            let problem = DecodingProblem(error, in: Data("[".utf8) + line + Data("]".utf8))
            let place: String
            if let inLine = problem.place, inLine.hasPrefix("rad 1, kolumn "),
                let column = Int(inLine.dropFirst("rad 1, kolumn ".count))
            {
                place = "rad \(number), kolumn \(max(1, column - 1))"
            } else if let inLine = problem.place, inLine != "filens början" {
                place = "rad \(number), \(inLine.hasPrefix("[0].") ? String(inLine.dropFirst(4)) : inLine)"
            } else {
                place = "rad \(number)"
            }
            return damaged(fileName, place: place, problem: problem.problem)
        }
    }

    /// A damaged journal with its fix: correct the line; the dialogue file and every other line are untouched.
    static func damaged(_ fileName: String, place: String?, problem: String) -> DamagedFile {
        DamagedFile(
            fileName: fileName, place: place, problem: problem,
            fix: "rätta raden (varje rad är ett JSON-objekt med \"add\" eller \"change\") så öppnas dialogen igen; "
                + "Ting skriver inte i filen förrän den går att läsa, och inga andra inspel är förlorade")
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
