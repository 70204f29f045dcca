import TerminalKit

extension AppState {
    /// A click on the Målgrupper panel selects the quadrant or group under it; a click on the
    /// selected group opens its form, like Enter.
    mutating func handleGroupsClick(at point: Point, on screenState: DialogueScreenState) -> [Effect] {
        var d = screenState
        guard case .browsing = d.groups.mode else { return [] }
        let area = DialogueLayout(size: size, screen: d).panelRect
        guard let hit = GroupsPanelLayout(area: area, dialogue: d.dialogue, panel: d.groups).hit(point) else {
            return []
        }
        var effects: [Effect] = []
        if let index = hit.index {
            if hit.quadrant == d.groups.quadrant && index == d.groups.index {
                effects = handleGroupsKey(.enter, in: &d) ?? []
            } else {
                d.groups.quadrant = hit.quadrant
                d.groups.index = index
            }
        } else if hit.quadrant != d.groups.quadrant {
            d.groups.quadrant = hit.quadrant
            d.groups.index = 0
        }
        screen = .dialogue(d)
        return effects
    }
}
