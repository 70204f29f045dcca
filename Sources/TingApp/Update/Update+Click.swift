import DialogueKit
import TerminalKit

extension AppState {
    /// A mouse click selects the list entry or checklist item under it; a click on
    /// what is already selected opens it, like Enter.
    mutating func handleClick(at point: Point) -> [Effect] {
        if showsHelp {
            closeHelp()
            return []
        }
        switch screen {
        case .library:
            guard case .browsing = library.mode else { return [] }
            let list = LibraryLayout(size: size, library: library).listRect
            guard list.contains(point) else { return [] }
            let index = library.scroll + point.y - list.y
            guard library.entries.indices.contains(index) else { return [] }
            if index == library.selected { return handleLibraryKey(.enter) }
            library.selected = index
            return []
        case .dialogue(var d):
            guard case .browsing = d.mode, d.pendingConflict == nil else { return [] }
            let layout = DialogueLayout(size: size, screen: d)
            // A panel covering the screen (meeting mode) has no tabs or panel bar to click.
            if layout.tabRow.contains(point), !layout.panelCoversScreen {
                let titles = d.dialogue.phases.map(\.title)
                let marks = DialogueView.tabMarks(d.dialogue, today: today)
                if let index = TabBar.index(
                    at: point.x - layout.tabRow.x, titles: titles, marks: marks, width: layout.tabRow.width)
                {
                    d.phaseIndex = index
                    screen = .dialogue(d)
                }
                return []
            }
            if layout.panelRow.contains(point), !layout.panelCoversScreen {
                if let panel = PanelBar.panel(
                    at: point.x - layout.panelRow.x, of: d.phasePanels, selected: d.frontPanel,
                    width: layout.panelRow.width)
                {
                    d.panel = panel
                    screen = .dialogue(d)
                }
                return []
            }
            if let panel = d.frontPanel, panel != .checklist {
                guard layout.panelRect.contains(point) else { return [] }
                let effects = handlePanelClick(at: point, in: &d)
                screen = .dialogue(d)
                return effects
            }
            let checklist = layout.checklist
            guard checklist.rect.contains(point) else { return [] }
            let items = d.visibleItems
            var y = checklist.rect.y
            for index in d.scroll[d.phaseIndex]..<items.count {
                y += checklist.height(of: items[index], levels: d.dialogue.levels)
                guard point.y < y else { continue }
                if index == d.selectedItem[d.phaseIndex] {
                    let effects = handleDialogueKey(.enter, in: &d)
                    if case .dialogue = screen { screen = .dialogue(d) }
                    return effects
                }
                d.selectedItem[d.phaseIndex] = index
                screen = .dialogue(d)
                return []
            }
            return []
        }
    }
}
