import DialogueKit
import TerminalKit

/// Choosing the dialogue's methods: cards that fit its influence level first, chosen ones marked
/// `[x]`, and the selected card's fields below.
enum MethodPickerView {
    static func render(_ cards: [MethodCard], dialogue: Dialogue, selected: Int, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let inner = FormBox.open(title: s.chooseMethodsTitle, width: 86, height: 40, on: buffer.size, into: &buffer)
        guard !inner.isEmpty else { return }
        let degree = dialogue.influenceLevel?.degree
        let level = dialogue.influenceLevel.map { "\(s.level): \($0.name)" } ?? "\(s.level): \(s.noLevel)"
        buffer.write(
            TextWrap.truncate(level, width: inner.width), at: Point(x: inner.x, y: inner.y),
            style: Style(.header, bold: true))
        let (listArea, detailArea) = inner.inset(top: 2).splitTop(max(3, (inner.height - 2) / 2))
        let rows = cards.map { card in
            let text = (dialogue.hasMethod(card.id) ? "[x] " : "[ ] ") + card.name
            return degree.map(card.degrees.contains) == true ? text + "  · \(s.fitsLevel)" : text
        }
        Picker.render(rows, selected: selected, in: listArea, into: &buffer)
        guard cards.indices.contains(selected), detailArea.height > 1 else { return }
        let card = cards[selected]
        let details = [
            (s.methodUsedFor, card.usedFor), (s.methodParticipants, card.participants),
            (s.methodResources, card.resources), (s.methodTime, card.time), (s.methodStrengths, card.strengths),
        ].map { "\($0.0): \($0.1)" }.joined(separator: "\n")
        buffer.drawHLine(y: detailArea.y, x: detailArea.x, width: detailArea.width, style: Style(.border))
        buffer.writeWrapped(details, in: detailArea.inset(top: 1), style: Style(.overlay))
    }
}
