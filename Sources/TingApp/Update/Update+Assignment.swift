import DialogueKit
import TerminalKit

extension AppState {
    /// `t`: opens the picker of people for the selected item, on its current assignee.
    mutating func beginAssigning(in d: inout DialogueScreenState) {
        guard let item = d.selected else { return }
        guard !d.isReadOnly else {
            status = StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true)
            return
        }
        let people = d.dialogue.planning.people
        let current = people.firstIndex { $0.id == item.assignee } ?? people.count
        d.mode = .choosingAssignee(id: item.id, selected: current)
    }

    /// `f`: the person filter after the current one: each person in turn, then everyone again.
    mutating func cyclePersonFilter(in d: inout DialogueScreenState) {
        let people = d.dialogue.planning.people
        if let current = d.personFilter, let index = people.firstIndex(where: { $0.id == current }),
            people.indices.contains(index + 1)
        {
            d.personFilter = people[index + 1].id
        } else {
            d.personFilter = d.personFilter == nil ? people.first?.id : nil
        }
        if d.personFilter == nil && people.isEmpty {
            status = StatusLine(UIStrings.swedish.noPeopleYet, isError: true)
        }
        d.selectedItem[d.phaseIndex] = 0
        d.scroll[d.phaseIndex] = 0
    }

    /// Keys in the picker of people: the people in order, then "ingen" (nobody).
    mutating func handleAssigneeKey(
        _ key: Key, action: ModeAction?, id: String, selected: inout Int, in d: inout DialogueScreenState
    ) -> [Effect] {
        let people = d.dialogue.planning.people
        switch action {
        case .move: selected = ListSelection.moved(selected, by: key, count: people.count + 1, page: 5) ?? selected
        case .choose:
            d.mode = .browsing
            let person = people.indices.contains(selected) ? people[selected].id : nil
            do {
                try d.dialogue.assign(itemID: id, to: person, by: actor, at: now)
            } catch {
                status = StatusLine(error.description, isError: true)
                return []
            }
            d.scrollToSelection(in: size)
            return [.save(d.dialogue, stem: d.stem)]
        case .cancel:
            d.mode = .browsing
            return []
        default: break
        }
        d.mode = .choosingAssignee(id: id, selected: selected)
        return []
    }
}
