import Foundation

/// A line and column in a text file, both counted from 1, columns in characters.
struct TextPosition: Equatable, Sendable, CustomStringConvertible {
    var line: Int
    var column: Int

    /// The position of a UTF-8 byte offset in `data`; an offset past the end means the end of the text.
    init(byteOffset: Int, in data: Data) {
        let end = min(max(byteOffset, 0), data.count)
        let prefix = data.prefix(end)
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? prefix.startIndex
        line = prefix.count(where: { $0 == UInt8(ascii: "\n") }) + 1
        column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
    }

    /// The position just after the last character of `data`.
    static func end(of data: Data) -> TextPosition {
        TextPosition(byteOffset: data.count, in: data)
    }

    /// "rad 3, kolumn 14".
    var description: String { "rad \(line), kolumn \(column)" }
}
