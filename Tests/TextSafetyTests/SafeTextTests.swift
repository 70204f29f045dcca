import Testing
import TextSafety

/// `SafeText`: nothing from a file reaches the terminal raw, and nothing it quotes is huge.
@Suite struct SafeTextTests {
    @Test func controlCharactersBecomeVisibleSymbols() {
        #expect(SafeText.clean("a\u{1B}[31mb") == "a␛[31mb")
        #expect(SafeText.clean("x\u{7F}y\u{85}z\u{9B}") == "x\u{FFFD}y\u{FFFD}z\u{FFFD}")
        #expect(SafeText.clean("rad\nett\ttab", keepNewlines: true) == "rad\nett tab")
    }

    @Test(arguments: [
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF,
    ])
    func bidiAndZeroWidthCharactersAreShownAsTheirCode(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let cleaned = SafeText.clean("a\(Character(scalar))b")
        let hex = String(value, radix: 16, uppercase: true)
        #expect(cleaned == "a‹U+\(String(repeating: "0", count: 4 - hex.count))\(hex)›b")
        #expect(!cleaned.unicodeScalars.contains(scalar))
    }

    @Test func ordinaryTextIsLeftAlone() {
        let text = "Trygghet på Söder – ”frågan” 🙂 e\u{301}"
        #expect(SafeText.clean(text) == text)
        #expect(SafeText.excerpt(text) == text)
    }

    @Test func anExcerptKeepsAtMostTheGivenNumberOfCharacters() {
        #expect(SafeText.excerpt(String(repeating: "å", count: 500), length: 10) == "åååååååååå…")
        #expect(SafeText.excerpt("kort", length: 4) == "kort")
    }

    @Test func anExcerptCutsACharacterOfAMillionCombiningMarks() {
        let huge = "a" + String(repeating: "\u{301}", count: 1_000_000) + "b"
        let excerpt = SafeText.excerpt(huge)
        #expect(excerpt.unicodeScalars.count == SafeText.scalarsPerCharacter + 2)
        #expect(excerpt.hasSuffix("b…"))
        #expect(excerpt.utf8.count < 40)
    }

    @Test func aListOfNamesFromAFileIsShortAndSaysWhenItIsCut() {
        #expect(SafeText.excerpts(["a", "b"]) == "a, b")
        let many = (1...30).map { "namn\($0)" }
        #expect(SafeText.excerpts(many, limit: 3) == "namn1, namn2, namn3, …")
        #expect(SafeText.excerpts([String(repeating: "x", count: 500)]).count == SafeText.excerptLength + 1)
        #expect(SafeText.excerpts([]) == "")
    }
}
