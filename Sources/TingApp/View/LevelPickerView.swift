import DialogueKit
import TerminalKit

/// Choosing the influence level from the dialogue's own ladder, with each level's description.
enum LevelPickerView {
    static func render(levels: [InfluenceLevel], selected: Int, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let inner = FormBox.open(
            title: s.chooseLevelTitle, width: 76, height: levels.count + 12, on: buffer.size, into: &buffer)
        let rows = levels.map { level in
            var text = level.name
            if !level.isDialogue { text += " (\(s.notDialogue))" }
            if let get = level.residentsGet { text += " – \(get)" }
            return text
        }
        let y = inner.y + Picker.render(rows, selected: selected, in: inner, into: &buffer)
        guard levels.indices.contains(selected), y + 1 < inner.maxY else { return }
        let level = levels[selected]
        var about = level.description
        if let promise = level.promise { about += "\n\n" + promise }
        buffer.writeWrapped(
            about, in: Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.maxY - y - 1),
            style: Style(.overlay))
    }
}
