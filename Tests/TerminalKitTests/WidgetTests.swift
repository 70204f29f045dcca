import TerminalKit
import Testing

@Suite("Widgets one by one")
struct WidgetTests {
    private static let phases = ["Beslut", "Planering", "Genomförande", "Återkoppling", "Utvärdering"]

    private func tabs(width: Int, selected: Int = 1) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: Size(width: width, height: 1))
        TabBar.render(titles: Self.phases, selected: selected, in: Rect(buffer.size), into: &buffer)
        return buffer
    }

    @Test func selectedTabHasBracketsAndTheActiveStyle() {
        let buffer = tabs(width: 80, selected: 2)
        #expect(
            buffer.trimmedLines == [
                " 1 Beslut │ 2 Planering │[3 Genomförande]│ 4 Återkoppling │ 5 Utvärdering"
            ])
        #expect(buffer[25, 0].grapheme == "[" && buffer[40, 0].grapheme == "]")
        for x in 25...40 { #expect(buffer[x, 0].style.role == .tabActive, "column \(x)") }
        #expect(buffer[2, 0].style.role == .tabInactive)
        #expect(buffer[10, 0].style.role == .border)
    }

    @Test func narrowRowsShortenTitlesThenShowOnlyNumbers() {
        #expect(tabs(width: 60).trimmedLines == [" 1 Beslut │[2 Planer…]│ 3 Genomf… │ 4 Återko… │ 5 Utvärd…"])
        #expect(tabs(width: 30).trimmedLines == [" 1 │[2]│ 3 │ 4 │ 5"])
        #expect(tabs(width: 10).trimmedLines == [" 1 │[2]│ 3"])
    }

    @Test func marksFollowTheTitlesAndAreNeverCut() {
        func tabs(width: Int) -> [String] {
            var buffer = ScreenBuffer(size: Size(width: width, height: 1))
            TabBar.render(
                titles: Self.phases, marks: ["✗ ?", "", "!", "", "(tom)"], selected: 1, in: Rect(buffer.size),
                into: &buffer)
            return buffer.trimmedLines
        }
        #expect(
            tabs(width: 90) == [" 1 Beslut ✗ ? │[2 Planering]│ 3 Genomförande ! │ 4 Återkoppling │ 5 Utvärdering (tom)"]
        )
        #expect(tabs(width: 70) == [" 1 Beslut ✗ ? │[2 Planer…]│ 3 Genomf… ! │ 4 Återko… │ 5 Utvärd… (tom)"])
        #expect(tabs(width: 40) == [" 1 ✗ ? │[2]│ 3 ! │ 4 │ 5 (tom)"])
        #expect(TabBar.index(at: 16, titles: Self.phases, marks: ["✗ ?"], width: 90) == 1)
    }

    @Test func tabTitlesWithControlCharactersAreShownSafely() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        TabBar.render(titles: ["a\u{1B}[2J"], selected: 0, in: Rect(buffer.size), into: &buffer)
        #expect(buffer.trimmedLines == ["[1 a␛[2J]"])
    }

    @Test func hintLineDropsHintsThatDoNotFitWhole() {
        var buffer = ScreenBuffer(size: Size(width: 24, height: 2))
        let hints: [(key: String, label: String)] = [
            ("Enter", "öppna"), ("Mellanslag", "bocka"), ("?", "hjälp"),
        ]
        HintLine.render(hints, in: Rect(x: 0, y: 1, width: 24, height: 1), into: &buffer)
        #expect(buffer.trimmedLines == ["", " Enter öppna  ? hjälp"])
        #expect(buffer[1, 1].style.role == .key)
        #expect(buffer[7, 1].style.role == .hint)
    }

    @Test func boxesOfEverySmallSizeStayInsideTheirRect() {
        for width in 0...4 {
            for height in 0...4 {
                var buffer = ScreenBuffer(size: Size(width: 6, height: 6))
                let rect = Rect(x: 1, y: 1, width: width, height: height)
                buffer.drawBox(rect, title: "Rubrik", style: Style(.border))
                for y in 0..<6 {
                    for x in 0..<6 where !rect.contains(Point(x: x, y: y)) {
                        #expect(buffer[x, y] == .blank, "\(width)×\(height) drew at \(x),\(y)")
                    }
                }
            }
        }
    }

    @Test func boxTitleIsShortenedToTheBorder() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3))
        buffer.drawBox(Rect(buffer.size), title: "Återkoppling", style: Style(.border))
        #expect(buffer.lines == ["┌ Återkop… ┐", "│          │", "└──────────┘"])
        #expect(buffer[2, 0].style == Style(.border, bold: true))
        #expect(buffer[0, 0].style == Style(.border))
    }

    @Test func horizontalLineIsClippedToTheBuffer() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 2))
        buffer.drawHLine(y: 1, x: -2, width: 4, style: .normal)
        buffer.drawHLine(y: 0, x: 3, width: 100, style: .normal)
        buffer.drawHLine(y: 5, x: 0, width: 5, style: .normal)
        #expect(buffer.lines == ["   ──", "──   "])
    }

    @Test func writeWrappedReportsTheRowsItUsed() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 4))
        let rows = buffer.writeWrapped(
            "Vi ses på torget i Malmö", in: Rect(x: 1, y: 1, width: 8, height: 2), style: .normal)
        #expect(rows == 2)
        #expect(buffer.trimmedLines == ["", " Vi ses", " på", ""])
        let all = buffer.writeWrapped(
            "rad ett\nrad två", in: Rect(x: 0, y: 0, width: 10, height: 4), style: .normal)
        #expect(all == 2)
        #expect(buffer.writeWrapped("x", in: Rect(x: 0, y: 0, width: 0, height: 3), style: .normal) == 0)
    }

    @Test func overlayCutsLinesItCannotShowWithAnEllipsisRow() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 5))
        let lines = ["ett", "två", "tre", "fyra"]
        let box = Overlay.render(title: "Ta bort?", lines: lines, in: Rect(buffer.size), into: &buffer)
        #expect(box == Rect(x: 3, y: 0, width: 14, height: 5))
        #expect(
            buffer.trimmedLines == [
                "   ┌ Ta bort? ──┐", "   │ ett        │", "   │ två        │", "   │ …          │",
                "   └────────────┘",
            ])
        #expect(buffer[5, 1].style.role == .overlay)
    }

    @Test func overlayWrapsLongLinesToTheScreen() {
        var buffer = ScreenBuffer(size: Size(width: 16, height: 6))
        Overlay.render(
            title: "Fråga", lines: ["Vill du ta bort dialogen?"], in: Rect(buffer.size), into: &buffer)
        #expect(
            buffer.trimmedLines == [
                "┌ Fråga ───────┐", "│ Vill du ta   │", "│ bort         │", "│ dialogen?    │",
                "└──────────────┘", "",
            ])
    }

    @Test func noWidgetDrawsOutsideItsRectAtAnySize() {
        let hints: [(key: String, label: String)] = [("q", "avsluta"), ("?", "hjälp")]
        for width in 0...9 {
            for height in 0...4 {
                for origin in [Point(x: 0, y: 0), Point(x: -3, y: -2), Point(x: 5, y: 3)] {
                    var buffer = ScreenBuffer(size: Size(width: 8, height: 5))
                    let rect = Rect(x: origin.x, y: origin.y, width: width, height: height)
                    TabBar.render(titles: Self.phases, selected: 4, in: rect, into: &buffer)
                    HintLine.render(hints, in: rect, into: &buffer)
                    buffer.drawBox(rect, title: "Titel", style: .normal)
                    buffer.writeWrapped("Ett två tre fyra fem", in: rect, style: .normal)
                    let box = Overlay.render(title: "Hjälp", lines: ["Ett två tre"], in: rect, into: &buffer)
                    #expect(
                        box.isEmpty || (box.x >= rect.x && box.maxX <= rect.maxX && box.maxY <= rect.maxY))
                    for y in 0..<5 {
                        for x in 0..<8 where !rect.contains(Point(x: x, y: y)) {
                            #expect(buffer[x, y] == .blank, "\(rect) drew at \(x),\(y)")
                        }
                    }
                }
            }
        }
    }
}
