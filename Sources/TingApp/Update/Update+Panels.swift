import DialogueKit
import TerminalKit

extension AppState {
    /// The context a panel of the open dialogue works in for this key, click or frame.
    func panelContext(for d: DialogueScreenState) -> PanelContext {
        PanelContext(
            dialogue: d.dialogue, stem: d.stem, isReadOnly: d.isReadOnly, now: now, actor: actor, calendar: calendar,
            screen: size, area: DialogueLayout(size: size, screen: d).panelRect, status: status,
            exportFolder: exportFolder)
    }

    /// Keys for the panel in front when it is not the checklist: the panel's bindings first (so `[` and `]`
    /// can be typed in its fields), then, while it is browsing, the screen's (`ScreenBindings.onPanel`).
    /// Returns nil when the checklist is in front; any key neither takes is swallowed, so it can never
    /// change the checklist hidden behind the panel.
    mutating func handlePanelKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        guard let id = d.frontPanel, id != .checklist, var panel = d.panels[id] else { return nil }
        var context = panelContext(for: d)
        let effects = panel.handle(key, in: &context)
        let isBrowsing = panel.isBrowsing
        d.panels[id] = panel
        take(context, into: &d)
        if let effects { return effects }
        let screenKeys = ScreenBindings.onPanel(hasBanner: DialogueLayout.banner(d) != nil)
        guard isBrowsing, let action = screenKeys.action(for: key) else { return [] }
        return perform(action, key: key, in: &d)
    }

    /// A click inside the area of the panel in front.
    mutating func handlePanelClick(at point: Point, in d: inout DialogueScreenState) -> [Effect] {
        guard let id = d.frontPanel, var panel = d.panels[id] else { return [] }
        var context = panelContext(for: d)
        let effects = panel.clicked(at: point, in: &context)
        d.panels[id] = panel
        take(context, into: &d)
        return effects
    }

    /// Takes back what a panel changed besides its own state.
    private mutating func take(_ context: PanelContext, into d: inout DialogueScreenState) {
        if context.dialogue != d.dialogue {
            d.dialogue = context.dialogue
            // A person removed on a panel no longer filters the checklist, and the checklist keeps a row selected.
            if let person = d.personFilter, d.dialogue.person(id: person) == nil { d.personFilter = nil }
            d.selectedItem[d.phaseIndex] = min(d.selectedItem[d.phaseIndex], max(0, d.visibleItems.count - 1))
        }
        status = context.status
        if context.opensHelp { showsHelp = true }
        if let viewer = context.reading { d.mode = .reading(viewer) }
        if let activity = context.opensMeeting { openMeeting(activity, in: &d) }
        if let id = context.opensPanel {
            d.panel = id
            // The panel coming to the front may have missed changes made while another covered the screen.
            d.panels.dialogueChanged(d.dialogue)
        }
    }

    /// Does what one of the dialogue screen's own keys asks (`ScreenBindings`).
    mutating func perform(_ action: ScreenAction, key: Key, in d: inout DialogueScreenState) -> [Effect] {
        let phases = d.dialogue.phases.count
        switch action {
        case .switchPanel:
            let ids = d.phasePanels
            guard ids.count > 1 else { return [] }
            let index = ids.firstIndex(of: d.panel) ?? 0
            d.panel = ids[(index + (key == .character("[") ? ids.count - 1 : 1)) % ids.count]
        case .choosePhase:
            guard case .character(let c) = key, let number = Int(String(c)),
                d.dialogue.phases.indices.contains(number - 1)
            else { return [] }
            d.phaseIndex = number - 1
        case .stepPhase:
            let backwards = [Key.backTab, .left, .character("h")].contains(key)
            d.phaseIndex = (d.phaseIndex + (backwards ? phases - 1 : 1)) % phases
        case .help: showsHelp = true
        case .back:
            screen = .library
            keepSelectionVisible()
            return [.listLibrary]
        case .details: d.mode = .details(DetailsForm())
        case .history:
            d.mode = .history(PickListState())
            return [.loadHistory(stem: d.stem)]
        case .fullBanner:
            if let banner = DialogueLayout.banner(d) {
                d.mode = .reading(TextViewer(title: banner.title, text: banner.text))
            }
        }
        return []
    }
}
