import TerminalKit
import TextSafety

/// Where the text viewer's box goes and how its text wraps; shared by its view and by `update`,
/// which needs the page height to scroll.
struct TextViewerLayout {
    /// The widest the box gets: lines longer than this are hard to read.
    static let maximumWidth = 84

    let box: Rect
    /// The text wrapped to the box.
    let lines: [String]

    init(size: Size, viewer: TextViewer) {
        // Above the status and hint rows, which keep saying which keys scroll and close.
        let above = Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 2))
        let width = min(Self.maximumWidth, above.width)
        lines = TextWrap.wrap(SafeText.clean(viewer.text, keepNewlines: true), width: max(1, width - 4))
        box = above.centered(width: width, height: min(above.height, lines.count + 2))
    }

    /// The rows of text the box shows at once.
    var page: Int { max(1, box.height - 2) }

    /// The furthest the text scrolls: its last line at the bottom of the box.
    var maximumScroll: Int { max(0, lines.count - page) }
}
