import TerminalKit
import Testing

@Suite("Selectable list, table, picker and form")
struct ListWidgetTests {
    @Test func theSelectionMovesByEveryNavigationKeyAndStaysInTheList() {
        var list = ListSelection()
        func press(_ key: Key, count: Int = 3, page: Int = 5) -> Int? {
            list.move(key, count: count, page: page) ? list.selected : nil
        }
        #expect(press(.down) == 1)
        #expect(press(.character("j")) == 2)
        #expect(press(.down) == 2, "no further than the last")
        #expect(press(.home) == 0)
        #expect(press(.pageDown, count: 30, page: 10) == 10)
        #expect(press(.end, count: 30) == 29)
        #expect(press(.pageUp, count: 30, page: 10) == 19)
        #expect(press(.enter, count: 30) == nil, "Enter is not a move")
        #expect(list.selected == 19)
        list.clamp(count: 4)
        #expect(list.selected == 3)
        list.clamp(count: 0)
        #expect(list.selected == 0)
        #expect(ListSelection.moveBinding("flytta").keys == ListSelection.moveKeys)
        for key in ListSelection.moveKeys { #expect(ListSelection.moved(5, by: key, count: 9, page: 2) != nil) }
    }

    @Test func scrollingKeepsTheSelectionInViewAndMovesAsLittleAsPossible() {
        var list = ListSelection(selected: 7)
        list.scrollToSelection(count: 20, height: 5)
        #expect(list.scroll == 3)
        #expect(list.visibleRange(count: 20, height: 5) == 3..<8)
        list.selected = 5
        list.scrollToSelection(count: 20, height: 5)
        #expect(list.scroll == 3, "still in view: no scroll")
        #expect(ListSelection(selected: 0).visibleRange(count: 2, height: 5) == 0..<2)
        #expect(ListSelection().visibleRange(count: 0, height: 5).isEmpty)
    }

    @Test func theListMarksTheSelectedRowInWordsNotOnlyColour() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3))
        let rows = ["ett", "två", "tre", "fyra"]
        ListView.render(count: rows.count, selection: ListSelection(selected: 3), in: Rect(buffer.size), into: &buffer)
        {
            index, line, _, buffer in
            buffer.write(rows[index], at: Point(x: line.x, y: line.y), clip: line)
        }
        #expect(buffer.trimmedLines == ["  två", "  tre", "> fyra"])
        #expect(buffer[8, 2].style.role == .selection, "the selected row is filled to its end")
        #expect(buffer[8, 1].style.role != .selection)
    }

    @Test func theTableHasAHeaderSharedWidthsAndAnEmptyText() {
        var buffer = ScreenBuffer(size: Size(width: 24, height: 4))
        let columns = [Table.Column("Namn"), Table.Column("Nr", width: 4), Table.Column("Roll")]
        #expect(Table.widths(columns, width: 22) == [9, 4, 9])
        let cells = [["Anna Andersson", "1", "tjänsteperson"], ["Bo", "2", "förtroendevald\nrad två"]]
        Table.render(
            columns: columns, count: cells.count, selection: ListSelection(selected: 1), empty: "Inga",
            in: Rect(buffer.size),
            into: &buffer
        ) { cells[$0] }
        #expect(
            buffer.trimmedLines == ["  Namn     Nr  Roll", "  Anna An… 1   tjänste…", "> Bo       2   förtroe…", ""])
        var empty = ScreenBuffer(size: Size(width: 24, height: 3))
        Table.render(columns: columns, count: 0, selection: nil, empty: "Inga", in: Rect(empty.size), into: &empty) {
            _ in []
        }
        #expect(empty.trimmedLines == ["  Namn     Nr  Roll", "  Inga", ""])
    }

    @Test func thePickerScrollsToTheSelectionAndSaysHowManyRowsItDrew() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        let drawn = Picker.render(["a", "b", "c"], selected: 2, in: Rect(buffer.size), into: &buffer)
        #expect(drawn == 2)
        #expect(buffer.trimmedLines == ["  b", "> c"])
        #expect(buffer[2, 1].style.bold)
        var tiny = ScreenBuffer(size: Size(width: 1, height: 1))
        Picker.render(["lång rad"], selected: 0, in: Rect(tiny.size), into: &tiny)
        #expect(tiny.trimmedLines == [">"])
        var none = ScreenBuffer(size: Size(width: 0, height: 0))
        #expect(Picker.render(["a"], selected: 0, in: Rect(none.size), into: &none) == 0)
    }

    @Test func aFormMovesBetweenItsFieldsAndTypesIntoTheSelectedOne() {
        enum Field: CaseIterable, Sendable { case name, role, note }
        var form = FormState<Field>()
        #expect(form.selected == .name && !form.isTyping)
        func press(_ key: Key) -> Field? { form.move(key) ? form.selected : nil }
        #expect(press(.tab) == .role)
        #expect(press(.down) == .note)
        #expect(press(.down) == .note, "stops at the last field")
        #expect(press(.character("k")) == .role)
        #expect(press(.enter) == nil)
        form.beginTyping("Bo")
        form.type(.character("å"))
        form.type(.backspace)
        form.type(.character("a"))
        #expect(form.editor?.text == "Boa")
        #expect(FormState<Field>(typing: "").isTyping)
    }
}
