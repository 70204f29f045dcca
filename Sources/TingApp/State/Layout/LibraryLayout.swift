import TerminalKit

/// Where the library screen's parts go for a terminal size; shared by the view
/// and by `update` (paging, scrolling, clicks).
struct LibraryLayout {
    let titleRow: Rect
    let headerRow: Rect
    let listRect: Rect
    let detailRect: Rect
    let statusRow: Rect
    let hintRow: Rect

    /// The detail panel under the list is there only when there is an entry to describe.
    init(size: Size, library: LibraryState) {
        let screen = Rect(size)
        let (top, rest) = screen.splitTop(2)
        titleRow = top.splitTop(1).top
        headerRow = top.splitTop(1).rest
        let (middle, bottom) = rest.splitBottom(2)
        statusRow = bottom.splitTop(1).top
        hintRow = bottom.splitTop(1).rest
        let (list, detail) = middle.splitBottom(middle.height >= 8 && !library.entries.isEmpty ? 3 : 0)
        listRect = list
        detailRect = detail
    }
}
