import TerminalKit
import Testing

@Suite("TextWrap")
struct TextWrapTests {
    @Test func emptyTextIsOneEmptyLine() {
        #expect(TextWrap.wrap("", width: 10) == [""])
        #expect(TextWrap.wrap("", width: 0) == [""])
    }

    @Test func breaksAfterSpacesAndDropsTheSpaceAtTheBreak() {
        #expect(TextWrap.wrap("hej du glada", width: 7) == ["hej du", "glada"])
        #expect(TextWrap.wrap("hej du", width: 3) == ["hej", "du"])
        #expect(TextWrap.wrap("hej du", width: 6) == ["hej du"])
    }

    @Test func measuresSwedishLettersAsOneColumn() {
        let decomposed = "A\u{30A}terkoppling"  // Å as A plus combining ring: one grapheme, one column
        #expect(DisplayWidth.of(decomposed) == 12)
        #expect(TextWrap.wrap(decomposed + " är klar", width: 12) == [decomposed, "är klar"])
        #expect(TextWrap.wrap("åäö åäö", width: 3) == ["åäö", "åäö"])
    }

    @Test func measuresWideCharactersAsTwoColumns() {
        #expect(TextWrap.wrap("日本語", width: 4) == ["日本", "語"])
        #expect(TextWrap.wrap("ok 🙂🙂", width: 4) == ["ok", "🙂🙂"])
        #expect(TextWrap.wrap("🙂🙂🙂", width: 5) == ["🙂🙂", "🙂"])
    }

    @Test func breaksWordsLongerThanALine() {
        #expect(TextWrap.wrap("medborgardialog", width: 6) == ["medbor", "gardia", "log"])
        #expect(TextWrap.wrap("a medborgardialog", width: 6) == ["a", "medbor", "gardia", "log"])
    }

    @Test func keepsExplicitNewlinesAndEmptyParagraphs() {
        #expect(TextWrap.wrap("ett\n\ntvå tre", width: 4) == ["ett", "", "två", "tre"])
        #expect(TextWrap.wrap("ett\r\ntvå", width: 10) == ["ett", "två"])
        #expect(TextWrap.wrap("slut\n", width: 10) == ["slut", ""])
    }

    @Test func aGraphemeWiderThanTheLineStillGetsItsOwnLine() {
        #expect(TextWrap.wrap("日本", width: 1) == ["日", "本"])
        #expect(TextWrap.wrap("ab", width: 0) == ["a", "b"])
    }

    @Test func truncatesByDisplayWidthWithAnEllipsis() {
        #expect(TextWrap.truncate("Genomförande", width: 12) == "Genomförande")
        #expect(TextWrap.truncate("Genomförande", width: 6) == "Genom…")
        #expect(TextWrap.truncate("日本語", width: 4) == "日…")
        #expect(TextWrap.truncate("日本語", width: 5) == "日本…")
        #expect(TextWrap.truncate("🙂🙂", width: 3) == "🙂…")
        #expect(TextWrap.truncate("åäö", width: 1) == "…")
        #expect(TextWrap.truncate("åäö", width: 0) == "")
        #expect(TextWrap.truncate("åäö", width: -3) == "")
    }

    @Test func everyWrappedLineFitsItsWidth() {
        let text =
            "Syftet med dialogen är att ge invånarna i Öresundsområdet 日本 🙂 inflytande över planeringen."
        for width in 2...30 {
            for line in TextWrap.wrap(text, width: width) {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
        }
    }
}
