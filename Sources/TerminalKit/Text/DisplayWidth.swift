import TextSafety

/// Display width in terminal columns, never `String.count`.
///
/// Computed from Unicode properties (combining marks are 0 wide; East Asian
/// wide and emoji-presentation characters 2), the same answers glibc's
/// `wcwidth` gives in a UTF-8 locale, but independent of the process locale so
/// tests and the CLI agree with the TUI.
public enum DisplayWidth {
    /// Columns a grapheme takes as drawn. A grapheme holding anything `SafeText.clean` replaces is
    /// measured as its replacement, since that is what is drawn: a control character as its visible
    /// symbol, "\r\n" as two spaces, a bidi control or zero-width character as its code, "‹U+202E›".
    public static func of(_ grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isASCII, scalars.index(after: scalars.startIndex) == scalars.endIndex { return 1 }
        if scalars.contains(where: SafeText.needsReplacing) { return of(SafeText.clean(String(grapheme))) }
        if first.isASCII { return 1 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(scalar: first)
    }

    /// Columns a string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for g in text { total += of(g) }
        return total
    }

    /// Columns the first scalar of a grapheme that `SafeText.clean` leaves alone takes.
    private static func of(scalar s: Unicode.Scalar) -> Int {
        let v = s.value
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        case .format where v != 0xAD: return 0
        default: break
        }
        if s.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(v) } ? 2 : 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
