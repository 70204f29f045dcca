import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// The Personer and Risker panels, and an assigned checklist item, rendered and compared with golden files.
struct PanelScreenSnapshotTests {
    private typealias F = PanelFixtures

    static let sizes = [
        Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12),
        Size(width: 1, height: 1),
    ]

    private func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    /// The Personer panel with responsibility filled in and two people, the second selected.
    private func peopleState(size: Size) -> AppState {
        var state = F.state(.people, size: size)
        let keys: [Key] =
            [.enter] + F.type("Kultur- och fritidsnämnden") + [.enter, .down, .enter] + F.type("Åsa Öberg")
            + [.enter, .down, .enter, .character("a")] + F.type("Åsa Öberg") + [.enter, .down, .enter, .enter]
            + [.down, .enter] + F.type("asa.oberg@kommun.se") + [.enter, .escape, .character("a")]
            + F.type("Per Lind") + [.enter, .down, .enter, .enter, .enter, .enter, .down, .down, .enter]
            + F.type("Inleder dialogmötet i Råå folkets hus och lyssnar vid borden") + [.enter, .escape]
        _ = F.press(keys, on: &state)
        return state
    }

    /// The Risker panel with two risks and a side issue, the side issues in front.
    private func risksState(size: Size) -> AppState {
        var state = F.state(.risks, size: size)
        let keys: [Key] =
            [.character("a")] + F.type("Grannar i konflikt om bullret från lekplatsen")
            + [.enter, .down, .enter, .enter, .enter, .down, .enter, .enter, .down, .enter]
            + F.type("Eget möte med grannarna före dialogen") + [.enter, .down, .enter] + F.type("Åsa Öberg")
            + [.enter, .escape, .character("a")] + F.type("Få barn deltar") + [.enter, .escape, .tab]
            + [.character("a")] + F.type("Belysningen på gångvägen") + [.enter, .down, .enter]
            + F.type("Trafikenheten") + [.enter, .down, .enter] + F.type("2026-03-15") + [.enter, .escape]
        _ = F.press(keys, on: &state)
        return state
    }

    @Test(arguments: sizes)
    func peoplePanel(size: Size) {
        let state = peopleState(size: size)
        Snapshot.assertMatches(AppView.render(state), named: name("panel-people", size))
    }

    @Test(arguments: sizes)
    func risksPanel(size: Size) {
        let state = risksState(size: size)
        Snapshot.assertMatches(AppView.render(state), named: name("panel-risks", size))
    }

    /// The `?` overlay of the Risker panel and of its open form: made from the key maps that run, so Tab says
    /// "byt lista" and no phase key is offered while the form has the keys.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func risksHelp(size: Size) {
        var state = risksState(size: size)
        _ = F.press([.character("?")], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: name("panel-risks-help", size))
        _ = F.press([.escape, .enter], on: &state)
        state.showsHelp = true
        Snapshot.assertMatches(AppView.render(state), named: name("panel-risks-form-help", size))
    }

    @Test(arguments: [
        Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 12, height: 5), Size(width: 40, height: 12),
    ])
    func formsQuestionsAndPickersFitAnySize(size: Size) {
        var state = peopleState(size: size)
        let steps: [[Key]] = [
            [.enter, .down, .enter], [.escape, .escape, .character("d")], [.character("n"), .character("?")],
            [.character("x"), .character("]"), .character("a")], [.escape, .character("["), .character("t")],
        ]
        for keys in steps {
            _ = F.press(keys, on: &state)
            #expect(AppView.render(state).buffer.size == size)
        }
    }

    @Test func personFormWhileTyping() throws {
        var state = peopleState(size: Size(width: 80, height: 24))
        _ = F.press([.enter, .down, .down, .enter, .character("0"), .character("7")], on: &state)
        let frame = AppView.render(state)
        Snapshot.assertMatches(frame, named: "panel-people-form-80x24")
        let cursor = try #require(frame.cursor)
        #expect(frame.buffer[cursor.x - 1, cursor.y].grapheme == "7")
    }

    @Test func assignedItemAndPersonFilterInTheChecklist() {
        var state = peopleState(size: Size(width: 80, height: 24))
        F.show(.checklist, on: &state)
        _ = F.press([.down, .character("t"), .home, .enter, .character("f")], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "checklist-person-filter-80x24")
    }
}
