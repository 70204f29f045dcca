import DialogueKit
import Foundation
import TerminalKit

extension PanelID {
    /// The Svar panel of Återkoppling: what became of each input and theme.
    public static let responses = PanelID("responses")
}

/// The Svar panel: the themes (tags) with their input counts and response above, the inputs with the
/// response that applies to each below, and the counts per status on top. `r` answers the selected theme,
/// or the marked inputs (Space) all at once, with a status, a reason, where it was sent on and the decisions
/// it fed; `d` clears a response; Enter reads an input whole with its trace, or lists a theme's inputs.
struct ResponsesPanel: Panel {
    /// The two lists of the panel.
    enum List: Equatable, Sendable {
        case themes, inputs
    }

    /// What the panel's keys ask for.
    enum Action: Equatable, Sendable {
        case move, switchList, enter, respond, clear, mark, markAll, toggleUnanswered, clearFilter
        case confirmClear, cancelClear
        case moveField, changeField, closeForm, saveField, cancelField, help
        case moveChoice, toggleChoice, choose, cancelChoice
    }

    static let id = PanelID.responses
    static var title: String { UIStrings.swedish.panelResponses }

    /// The list that has the selection.
    var list: List = .themes
    var themeList = ListSelection()
    var inputList = ListSelection()
    var filter = ResponsesIndex.Filter()
    /// The inputs marked for answering many at once, by id.
    var marked: Set<String> = []
    var form: ResponseForm?
    /// The response waiting for y/n before it is cleared.
    var confirmingClear: ResponseTarget?
    /// The counts, themes and rows, made once per change (nil until the panel is first used).
    private(set) var index: ResponsesIndex?

    var isBrowsing: Bool { form == nil && confirmingClear == nil }

    /// The index for `dialogue` under the filter: the one kept when it is still current, else made now.
    func currentIndex(for dialogue: Dialogue) -> ResponsesIndex {
        if let index, index.isCurrent(for: dialogue, filter: filter) { return index }
        return ResponsesIndex(dialogue, filter: filter)
    }

    /// Makes the index again when the dialogue or the filter changed, and keeps the selections on rows.
    mutating func refresh(_ dialogue: Dialogue) {
        let fresh = currentIndex(for: dialogue)
        index = fresh
        themeList.clamp(count: fresh.themes.count)
        inputList.clamp(count: fresh.rows.count)
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        refresh(dialogue)
        let ids = Set(dialogue.inputs.lazy.map(\.id))
        marked = marked.filter(ids.contains)
    }

    /// The theme under the selection.
    func selectedTheme(in dialogue: Dialogue) -> ThemeSummary? {
        let themes = currentIndex(for: dialogue).themes
        return themes.indices.contains(themeList.selected) ? themes[themeList.selected] : nil
    }

    /// The input under the selection.
    func selectedInput(in dialogue: Dialogue) -> Input? {
        let rows = currentIndex(for: dialogue).rows
        return rows.indices.contains(inputList.selected) ? rows[inputList.selected] : nil
    }

    /// What `r` and `d` act on: the selected theme, or the marked inputs, else the selected one.
    func target(in dialogue: Dialogue) -> ResponseTarget? {
        switch list {
        case .themes: return selectedTheme(in: dialogue).map { .theme($0.tag) }
        case .inputs:
            guard marked.isEmpty else { return .inputs(dialogue.inputs.lazy.map(\.id).filter(marked.contains)) }
            return selectedInput(in: dialogue).map { .inputs([$0.id]) }
        }
    }

    /// The response a target holds of its own (a theme's, or the first input's), which the form opens with.
    static func ownResponse(of target: ResponseTarget, in dialogue: Dialogue) -> Response? {
        switch target {
        case .theme(let tag): dialogue.themeResponse(for: tag)?.response
        case .inputs(let ids): ids.first.flatMap { dialogue.input($0)?.response }
        }
    }
}
