import TerminalKit

extension LibraryState {
    /// Scrolls the list so the selected entry is in view.
    mutating func scrollToSelection(in size: Size) {
        scroll = Viewport.offset(
            selected: selected, count: entries.count, height: LibraryLayout(size: size, library: self).listRect.height,
            previous: scroll)
    }
}

extension DialogueScreenState {
    /// Scrolls the checklist so the selected item is in view.
    mutating func scrollToSelection(in size: Size) {
        let p = phaseIndex
        selectedItem[p] = min(selectedItem[p], max(0, visibleItems.count - 1))
        scroll[p] = DialogueLayout(size: size, screen: self).checklist.scroll(
            items: visibleItems, levels: dialogue.levels, selected: selectedItem[p], previous: scroll[p])
    }
}
