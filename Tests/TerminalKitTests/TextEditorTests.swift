import TerminalKit
import Testing

@Suite("TextEditor")
struct TextEditorTests {
    private func typed(_ text: String, into editor: inout TextEditor) {
        for character in text { press(.character(character), &editor) }
    }

    /// Presses a key the editor must handle.
    private func press(
        _ key: Key, _ editor: inout TextEditor, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let handled = editor.handle(key)
        #expect(handled, "\(key) not handled", sourceLocation: sourceLocation)
    }

    @Test func typingSwedishTextInsertsAtTheCursor() {
        var editor = TextEditor()
        typed("Vi möts på torget", into: &editor)
        #expect(editor.text == "Vi möts på torget")
        #expect(editor.cursor == 17)
        press(.home, &editor)
        typed("Ö: ", into: &editor)
        #expect(editor.text == "Ö: Vi möts på torget")
        #expect(editor.cursor == 3)
    }

    @Test func backspaceAndDeleteRemoveWholeGraphemes() {
        var editor = TextEditor(text: "A\u{30A}r hö")  // "År hö" with a decomposed Å
        #expect(editor.cursor == 5)
        press(.backspace, &editor)
        #expect(editor.text == "A\u{30A}r h")
        press(.home, &editor)
        press(.delete, &editor)
        #expect(editor.text == "r h")
        #expect(editor.cursor == 0)
        press(.backspace, &editor)
        #expect(editor.text == "r h")
    }

    @Test func aCombiningMarkJoinsThePreviousLetter() {
        var editor = TextEditor(text: "a")
        editor.insert("\u{308}")
        #expect(editor.text == "ä")
        #expect(editor.cursor == 1)
        press(.backspace, &editor)
        #expect(editor.text == "")
    }

    @Test func arrowsHomeAndEndMoveWithinTheText() {
        var editor = TextEditor(text: "åäö")
        press(.left, &editor)
        #expect(editor.cursor == 2)
        press(.right, &editor)
        press(.right, &editor)
        #expect(editor.cursor == 3)
        press(.home, &editor)
        press(.left, &editor)
        #expect(editor.cursor == 0)
        press(.end, &editor)
        #expect(editor.cursor == 3)
    }

    @Test(arguments: [Key.enter, .escape, .tab, .backTab, .up, .down, .control("c"), .function(1)])
    func leavesOtherKeysToTheCaller(key: Key) {
        var editor = TextEditor(text: "ja")
        let handled = editor.handle(key)
        #expect(!handled)
        #expect(editor == TextEditor(text: "ja"))
    }

    @Test func ignoresControlCharactersTypedAsCharacters() {
        var editor = TextEditor(text: "ja")
        for control: Character in ["\n", "\u{1B}", "\u{7F}"] {
            let handled = editor.handle(.character(control))
            #expect(!handled)
        }
        #expect(editor.text == "ja")
    }

    @Test func layoutPlacesTheCursorInTheWrappedLines() {
        var editor = TextEditor(text: "Vi möts på torget")
        var layout = editor.layout(width: 8)
        #expect(layout.lines == ["Vi möts", "på", "torget"])
        #expect(layout.cursor == Point(x: 6, y: 2))
        editor.cursor = 4  // before "t" of "möts"
        layout = editor.layout(width: 8)
        #expect(layout.cursor == Point(x: 4, y: 0))
        editor.cursor = 8  // "p" of "på", after the space hanging on the first line
        #expect(editor.layout(width: 8).cursor == Point(x: 0, y: 1))
    }

    @Test func cursorAfterAFullLineGoesToTheNextRow() {
        let editor = TextEditor(text: "ärende")
        let layout = editor.layout(width: 6)
        #expect(layout.lines == ["ärende", ""])
        #expect(layout.cursor == Point(x: 0, y: 1))
        var withSpace = TextEditor(text: "ärende ")
        #expect(withSpace.layout(width: 6).cursor == Point(x: 0, y: 1))
        withSpace.insert("x")
        #expect(withSpace.layout(width: 6) == (lines: ["ärende", "x"], cursor: Point(x: 1, y: 1)))
    }

    @Test func layoutCountsWideCharactersAndNewlines() {
        let editor = TextEditor(text: "日本\nå")
        let layout = editor.layout(width: 3)
        #expect(layout.lines == ["日", "本", "å"])
        #expect(layout.cursor == Point(x: 1, y: 2))
        var atNewline = editor
        atNewline.cursor = 2
        #expect(atNewline.layout(width: 3).cursor == Point(x: 2, y: 1))
        #expect(TextEditor().layout(width: 0) == (lines: [""], cursor: Point(x: 0, y: 0)))
    }

    @Test func moveVerticallyKeepsTheColumnAcrossWrappedLines() {
        var editor = TextEditor(text: "Vi möts på torget")
        editor.cursor = 5  // "s" of "möts": row 0, column 5
        var moved: Bool
        moved = editor.moveVertically(1, width: 8)
        #expect(moved)
        #expect(editor.cursor == 10)  // end of "på"
        moved = editor.moveVertically(1, width: 8)
        #expect(moved)
        #expect(editor.layout(width: 8).cursor == Point(x: 2, y: 2))
        moved = editor.moveVertically(1, width: 8)
        #expect(!moved)
        moved = editor.moveVertically(-2, width: 8)
        #expect(moved)
        #expect(editor.layout(width: 8).cursor == Point(x: 2, y: 0))
        moved = editor.moveVertically(-1, width: 8)
        #expect(!moved)
        #expect(editor.cursor == 2)
    }
}
