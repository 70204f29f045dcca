import TerminalKit
import Testing

/// A whole screen built from every widget, compared line by line at the sizes the app supports.
@Suite("Widgets on a whole screen")
struct WidgetScreenTests {
    private static let phases = ["Beslut", "Planering", "Genomförande", "Återkoppling", "Utvärdering"]
    private static let hints: [(key: String, label: String)] = [
        ("↑↓", "flytta"), ("Mellanslag", "bocka"), ("1–5", "fas"), ("Tab", "nästa fas"), ("?", "hjälp"),
        ("q", "tillbaka"),
    ]
    private static let purpose =
        "Syftet med dialogen är att ge invånarna i Öresundsområdet inflytande över "
        + "planeringen av det nya torget."

    private func screen(_ size: Size) -> (buffer: ScreenBuffer, overlay: Rect) {
        var buffer = ScreenBuffer(size: size)
        let screen = Rect(size)
        let (tabs, rest) = screen.splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        TabBar.render(titles: Self.phases, selected: 1, in: tabs, into: &buffer)
        buffer.drawBox(body, title: "Planering – checklista", style: Style(.border))
        buffer.writeWrapped(
            Self.purpose, in: body.inset(top: 1, left: 2, bottom: 1, right: 2), style: .normal)
        HintLine.render(Self.hints, in: bottom, into: &buffer)
        let overlay = Overlay.render(
            title: "Hjälp", lines: ["↑↓ j k   flytta", "Mellanslag   bocka av", "? stäng hjälpen"],
            in: screen, into: &buffer)
        return (buffer, overlay)
    }

    @Test func at80x24() {
        let (buffer, overlay) = screen(Size(width: 80, height: 24))
        let blank = "│" + String(repeating: " ", count: 78) + "│"
        let expected =
            [
                " 1 Beslut │[2 Planering]│ 3 Genomförande │ 4 Återkoppling │ 5 Utvärdering",
                "┌ Planering – checklista " + String(repeating: "─", count: 54) + "┐",
                "│ Syftet med dialogen är att ge invånarna i Öresundsområdet inflytande över    │",
                "│ planeringen av det nya torget.                                               │",
            ] + Array(repeating: blank, count: 5)
            + [
                "│                          ┌ Hjälp ────────────────┐                           │",
                "│                          │ ↑↓ j k   flytta       │                           │",
                "│                          │ Mellanslag   bocka av │                           │",
                "│                          │ ? stäng hjälpen       │                           │",
                "│                          └───────────────────────┘                           │",
            ] + Array(repeating: blank, count: 8)
            + [
                "└" + String(repeating: "─", count: 78) + "┘",
                " ↑↓ flytta  Mellanslag bocka  1–5 fas  Tab nästa fas  ? hjälp  q tillbaka",
            ]
        #expect(buffer.trimmedLines == expected)
        #expect(overlay == Rect(x: 27, y: 9, width: 25, height: 5))
    }

    @Test func at40x12() {
        let (buffer, overlay) = screen(Size(width: 40, height: 12))
        #expect(
            buffer.trimmedLines == [
                " 1 Be… │[2 Pl…]│ 3 Ge… │ 4 Åt… │ 5 Ut…",
                "┌ Planering – checklista ──────────────┐",
                "│ Syftet med dialogen är att ge        │",
                "│ invån┌ Hjälp ────────────────┐       │",
                "│ infly│ ↑↓ j k   flytta       │ det   │",
                "│ nya t│ Mellanslag   bocka av │       │",
                "│      │ ? stäng hjälpen       │       │",
                "│      └───────────────────────┘       │",
                "│                                      │",
                "│                                      │",
                "└──────────────────────────────────────┘",
                " ↑↓ flytta  Mellanslag bocka  1–5 fas",
            ])
        #expect(overlay == Rect(x: 7, y: 3, width: 25, height: 5))
    }

    @Test func at1x1() {
        let (buffer, overlay) = screen(Size(width: 1, height: 1))
        #expect(buffer.lines == [" "])
        #expect(overlay == Rect(x: 0, y: 0, width: 1, height: 1))
    }

    @Test func at0x0() {
        let (buffer, overlay) = screen(Size(width: 0, height: 0))
        #expect(buffer.lines.isEmpty)
        #expect(overlay.isEmpty)
    }
}
