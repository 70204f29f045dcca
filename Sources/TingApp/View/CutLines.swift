import TerminalKit

/// Wrapped lines cut to the rows a box has, the last row saying how to read the rest.
enum CutLines {
    /// `lines` when they fit in `rows`; else the first `rows`, the last ending in `more` (such as
    /// "… (S: hela texten)") within `width` columns.
    static func fit(_ lines: [String], rows: Int, width: Int, more: String) -> [String] {
        guard rows > 0 else { return [] }
        guard lines.count > rows else { return lines }
        var shown = Array(lines.prefix(rows))
        let room = width - DisplayWidth.of(more) - 1
        // `more` begins with its own "…", so a cut line does not get a second one.
        var last = room > 0 ? TextWrap.truncate(shown[rows - 1], width: room) : ""
        if last != shown[rows - 1], last.hasSuffix("…") { last.removeLast() }
        shown[rows - 1] = last.isEmpty ? more : last + " " + more
        return shown
    }
}
