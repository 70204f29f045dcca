import DialogueKit

/// The value lists of the Underlag panel: a filter by activity, category, tag or target group, or the
/// category given to the marked inputs.
enum InputsChoice: Equatable, Sendable {
    case activityFilter, categoryFilter, tagFilter, groupFilter
    /// `c`: the category of the marked inputs (or the selected one).
    case setCategory

    /// One value offered: its id (nil for "every" or "none") and its name.
    struct Row: Equatable, Sendable {
        var id: String?
        var title: String
    }

    /// The question above the list.
    var title: String {
        let s = UIStrings.swedish
        return switch self {
        case .activityFilter: s.inputsFilterActivity
        case .categoryFilter: s.inputsFilterCategory
        case .tagFilter: s.inputsFilterTag
        case .groupFilter: s.inputsFilterGroup
        case .setCategory: s.inputsSetCategory
        }
    }

    /// The values offered in `dialogue`, first "every" for a filter and "none" for the category; tags by
    /// how many inputs carry them (`counts`, of every input), most first.
    func rows(in dialogue: Dialogue, counts: InputCounts) -> [Row] {
        let s = UIStrings.swedish
        switch self {
        case .activityFilter:
            return [Row(id: nil, title: s.inputsEvery)]
                + dialogue.planning.activities.map { Row(id: $0.id, title: $0.title) }
        case .categoryFilter:
            return [Row(id: nil, title: s.inputsEvery)]
                + dialogue.inputCategories.map { Row(id: $0.id, title: $0.title) }
        case .tagFilter:
            return [Row(id: nil, title: s.inputsEvery)]
                + counts.tagsByCount.map { Row(id: $0.tag, title: "\($0.tag) (\($0.count))") }
        case .groupFilter:
            return [Row(id: nil, title: s.inputsEvery)]
                + dialogue.planning.targetGroups.map { Row(id: $0.id, title: $0.name) }
        case .setCategory:
            return [Row(id: nil, title: s.meetingNoCategory)]
                + dialogue.inputCategories.map { Row(id: $0.id, title: $0.title) }
        }
    }

    /// The filter's current value for this choice (nil for `setCategory`).
    func value(in filter: InputFilter) -> String? {
        switch self {
        case .activityFilter: filter.activity
        case .categoryFilter: filter.category
        case .tagFilter: filter.tag
        case .groupFilter: filter.group
        case .setCategory: nil
        }
    }

    /// Sets the filter's value for this choice.
    func set(_ value: String?, in filter: inout InputFilter) {
        switch self {
        case .activityFilter: filter.activity = value
        case .categoryFilter: filter.category = value
        case .tagFilter: filter.tag = value
        case .groupFilter: filter.group = value
        case .setCategory: break
        }
    }
}
