import DialogueKit
import TerminalKit

/// The new-dialogue form: pick a template, then type the title.
enum NewDialogueView {
    static func render(_ form: NewDialogueForm, templates: [Template], into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let inner = FormBox.open(
            title: s.newDialogueTitle, width: 72, height: templates.count + 9, on: buffer.size, into: &buffer)
        var y = inner.y
        buffer.write(s.chooseTemplate, at: Point(x: inner.x, y: y), style: Style(.header, bold: true), clip: inner)
        y += 1
        for (i, template) in templates.enumerated() where y < inner.maxY {
            let selected = i == form.templateIndex
            let marker = selected ? "> " : "  "
            let style = Style(selected && form.step == .template ? .selection : .overlay, bold: selected)
            let text = "\(marker)\(template.name) – \(template.source.citation)"
            buffer.write(TextWrap.truncate(text, width: inner.width), at: Point(x: inner.x, y: y), style: style)
            y += 1
        }
        guard form.step == .title else { return nil }
        y += 1
        buffer.write(s.typeTitle, at: Point(x: inner.x, y: y), style: Style(.header, bold: true), clip: inner)
        y += 1
        let field = Rect(x: inner.x, y: y, width: inner.width, height: max(0, min(2, inner.maxY - y)))
        return FormBox.field(form.title, in: field, into: &buffer)
    }
}
