import DialogueKit
import TerminalKit

/// Where the dialogue screen's parts go for a terminal size and screen state;
/// shared by the view and by `update` (scrolling, editing width, clicks).
struct DialogueLayout {
    /// Rows of the gate banner at most.
    static let bannerLines = 3

    let titleRow: Rect
    /// The question and level rows; empty on short terminals.
    let infoRect: Rect
    let bannerRect: Rect
    let tabRow: Rect
    /// The panel bar; empty in phases with only their checklist.
    let panelRow: Rect
    let separatorRow: Rect
    let checklist: ChecklistLayout
    let guidanceRect: Rect
    let statusRow: Rect
    let hintRow: Rect

    /// Whether the panel in front covers the screen (`Panel.coversScreen`).
    let panelCoversScreen: Bool

    /// Where a panel other than the checklist draws: below the separator, above the status row, or from
    /// the top when it covers the screen.
    var panelRect: Rect {
        let top = panelCoversScreen ? 0 : checklist.rect.y
        return Rect(x: 0, y: top, width: statusRow.width, height: statusRow.y - top)
    }

    init(size: Size, screen: DialogueScreenState) {
        panelCoversScreen = screen.frontPanel.flatMap { screen.panels[$0]?.coversScreen } ?? false
        var rest = Rect(size)
        (titleRow, rest) = rest.splitTop(1)
        (infoRect, rest) = rest.splitTop(size.height >= 16 ? 2 : 0)
        let banner = DialogueLayout.bannerText(screen)
        let bannerHeight = banner.map { DialogueLayout.bannerLines($0, width: size.width - 2).count } ?? 0
        (bannerRect, rest) = rest.splitTop(size.height >= 12 ? bannerHeight : 0)
        (tabRow, rest) = rest.splitTop(1)
        (panelRow, rest) = rest.splitTop(screen.frontPanel == nil ? 0 : 1)
        (separatorRow, rest) = rest.splitTop(1)
        var bottom: Rect
        (rest, bottom) = rest.splitBottom(2)
        statusRow = bottom.splitTop(1).top
        hintRow = bottom.splitTop(1).rest
        if screen.showsGuidance {
            let panel = min(10, max(3, rest.height / 2))
            (rest, guidanceRect) = rest.splitBottom(panel)
        } else {
            guidanceRect = Rect(x: 0, y: rest.maxY, width: rest.width, height: 0)
        }
        let editing: (id: String, editor: TextEditor)?
        if case .editingItem(let id, let editor) = screen.mode { editing = (id, editor) } else { editing = nil }
        checklist = ChecklistLayout(
            rect: rest, editing: editing, roles: screen.dialogue.roles, people: screen.dialogue.planning.people)
    }

    /// The banner above the tabs: a read-only notice or the gate's "nej" recommendation.
    static func bannerText(_ screen: DialogueScreenState) -> String? {
        banner(screen).map { "⚠ \($0.title): \($0.text)" }
    }

    /// The banner's title and text, shown whole in the text viewer by `S`.
    static func banner(_ screen: DialogueScreenState) -> (title: String, text: String)? {
        let s = UIStrings.swedish
        if screen.isReadOnly { return (s.readOnly, screen.readOnlyReason ?? s.readOnlyRefusal) }
        if case .stopped(let recommendation, _) = screen.dialogue.gateResult { return (s.gateStop, recommendation) }
        return nil
    }

    /// The banner's lines at a width: all of it when it fits in `bannerLines`, else what fits with
    /// the last line ending in how to read the rest.
    static func bannerLines(_ text: String, width: Int) -> [String] {
        CutLines.fit(
            TextWrap.wrap(text, width: max(1, width)), rows: bannerLines, width: width,
            more: UIStrings.swedish.bannerMore)
    }
}
