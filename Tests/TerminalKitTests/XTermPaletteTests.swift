import TerminalKit
import Testing

@Suite("xterm-256 colors")
struct XTermPaletteTests {
    @Test func hexColorsMapToTheNearestIndex() {
        #expect(ThemeColor(themeText: "#5fafd7") == .index(74))
        #expect(ThemeColor(themeText: "#000000") == .index(16))
        #expect(ThemeColor(themeText: "#FFFFFF") == .index(231))
        #expect(ThemeColor(themeText: "#808080") == .index(244))
        #expect(ThemeColor(themeText: "#5faf00") == .index(70))
    }

    @Test func namesNumbersAndDefault() {
        #expect(ThemeColor(themeText: "default") == .terminalDefault)
        #expect(ThemeColor(themeText: "red") == .index(1))
        #expect(ThemeColor(themeText: "Bright-White") == .index(15))
        #expect(ThemeColor(themeText: "42") == .index(42))
        #expect(ThemeColor(themeNumber: 255) == .index(255))
        #expect(ThemeColor(themeNumber: 256) == nil)
        #expect(ThemeColor(themeText: "orange") == nil)
        #expect(ThemeColor(themeText: "#+fffff") == nil)
    }

    @Test func everyIndexRoundTripsThroughItsRGB() {
        for index in UInt8(16)...UInt8(255) {
            let c = XTermPalette.rgb(of: index)
            let back = XTermPalette.nearest(red: c.red, green: c.green, blue: c.blue)
            #expect(XTermPalette.rgb(of: back) == c, "index \(index)")
        }
    }

    @Test func reducesForTerminalsWithFewerColors() {
        #expect(XTermPalette.reduced(74, toColors: 256) == 74)
        #expect(XTermPalette.reduced(196, toColors: 16) == 9)
        #expect(XTermPalette.reduced(196, toColors: 8) == 1)
        #expect(XTermPalette.reduced(12, toColors: 8) == 4)
        #expect(XTermPalette.reduced(231, toColors: 16) == 15)
        #expect(XTermPalette.reduced(3, toColors: 16) == 3)
        #expect(XTermPalette.reduced(3, toColors: 2) == nil)
    }
}
