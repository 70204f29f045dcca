/// A file stem compared by its bytes. `String` compares by canonical equivalence, so "få" written
/// precomposed (NFC) and decomposed (NFD, `a` + combining ring) are equal strings, yet they are two
/// files on disk; keyed by `String`, one hid the other in the index and in `ting list`.
struct StemKey: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The stem itself, bytes as on disk.
    let stem: String

    init(_ stem: String) {
        self.stem = stem
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    static func == (lhs: StemKey, rhs: StemKey) -> Bool {
        lhs.stem.utf8.elementsEqual(rhs.stem.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var bytes = stem
        bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Byte order, so that the index file is written in one fixed order.
    static func < (lhs: StemKey, rhs: StemKey) -> Bool {
        lhs.stem.utf8.lexicographicallyPrecedes(rhs.stem.utf8)
    }

    var description: String { stem }
}
