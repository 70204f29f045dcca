import TerminalKit
import Testing
import TextSafety

/// The terminal measures and cuts text as `SafeText.clean` draws it.
@Suite struct SafeTextWidthTests {
    @Test func truncationMeasuresWhatIsDrawn() {
        let cut = TextWrap.truncate("ab\u{202E}cdef", width: 8)
        #expect(cut == "ab‹U+20…")
        #expect(DisplayWidth.of(cut) == 8)
    }

    /// The editor and the wrapping measure what is drawn, so a cursor after such a character
    /// lands where the character's code ends.
    @Test func aBidiControlIsAsWideAsItsCode() {
        #expect(DisplayWidth.of(Character("\u{202E}")) == 8)
        #expect(DisplayWidth.of("a\u{200B}b") == 10)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    /// "\r\n" is one grapheme but is drawn as two spaces: it is measured as two, as everything
    /// `clean` replaces is measured as its replacement.
    @Test(arguments: ["a\r\nb", "\r\n", "x\u{85}y", "\u{1B}[31m", "a\u{202E}\u{200B}b"])
    func everythingIsAsWideAsWhatIsDrawn(text: String) {
        #expect(DisplayWidth.of(text) == DisplayWidth.of(SafeText.clean(text)))
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        #expect(buffer.write(text, at: Point(x: 0, y: 0)) == DisplayWidth.of(text))
    }
}
