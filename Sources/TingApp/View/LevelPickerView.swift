import DialogueKit
import TerminalKit

/// Choosing the influence level from the dialogue's own ladder, with each level's description.
enum LevelPickerView {
    static func render(levels: [InfluenceLevel], selected: Int, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let inner = FormBox.open(
            title: s.chooseLevelTitle, width: 76, height: levels.count + 12, on: buffer.size, into: &buffer)
        var y = inner.y
        for (i, level) in levels.enumerated() where y < inner.maxY {
            let isSelected = i == selected
            var text = (isSelected ? "> " : "  ") + level.name
            if !level.isDialogue { text += " (\(s.notDialogue))" }
            if let get = level.residentsGet { text += " – \(get)" }
            buffer.write(
                TextWrap.truncate(text, width: inner.width), at: Point(x: inner.x, y: y),
                style: Style(isSelected ? .selection : .overlay, bold: isSelected))
            y += 1
        }
        guard levels.indices.contains(selected), y + 1 < inner.maxY else { return }
        let level = levels[selected]
        var about = level.description
        if let promise = level.promise { about += "\n\n" + promise }
        buffer.writeWrapped(
            about, in: Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.maxY - y - 1),
            style: Style(.overlay))
    }
}
