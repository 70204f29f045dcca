import TerminalKit
import Testing

@Suite("Viewport")
struct ViewportTests {
    @Test func keepsTheOffsetWhileTheSelectionIsVisible() {
        #expect(Viewport.offset(selected: 5, count: 100, height: 10, previous: 0) == 0)
        #expect(Viewport.offset(selected: 12, count: 100, height: 10, previous: 5) == 5)
    }

    @Test func scrollsAsLittleAsPossible() {
        #expect(Viewport.offset(selected: 10, count: 100, height: 10, previous: 0) == 1)
        #expect(Viewport.offset(selected: 3, count: 100, height: 10, previous: 20) == 3)
    }

    @Test func neverScrollsPastTheEnd() {
        #expect(Viewport.offset(selected: 99, count: 100, height: 10, previous: 95) == 90)
        #expect(Viewport.offset(selected: 2, count: 5, height: 10, previous: 3) == 0)
    }

    @Test func clampsNonsense() {
        #expect(Viewport.offset(selected: 500, count: 100, height: 10, previous: 0) == 90)
        #expect(Viewport.offset(selected: -4, count: 100, height: 10, previous: 50) == 0)
        #expect(Viewport.offset(selected: 3, count: 0, height: 10, previous: 7) == 0)
        #expect(Viewport.offset(selected: 3, count: 10, height: 0, previous: 7) == 0)
    }

    @Test func selectionStaysVisibleOverEverySelection() {
        var offset = 0
        for selected in Array(0..<40) + Array((0..<40).reversed()) {
            offset = Viewport.offset(selected: selected, count: 40, height: 7, previous: offset)
            #expect((offset..<offset + 7).contains(selected))
        }
    }
}
