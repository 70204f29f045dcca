import DialogueKit
import TerminalKit

/// The form of one target group: a row per field, and one per choice in the lists of
/// barriers, channels and measures.
public struct TargetGroupForm: Sendable {
    /// A list the form edits by choosing options or typing new ones.
    public enum ListField: Sendable, CaseIterable {
        case barriers, channels, measures
    }

    /// One row of the form.
    public enum Row: Equatable, Sendable {
        case name, description, hardToReach
        /// A choice in a list, ticked when the group has it.
        case option(ListField, String)
        /// Typing a new entry for a list.
        case add(ListField)
        case participants
    }

    public var groupID: String
    /// Index into `rows(for:)`.
    public var row = 0
    /// The editor, while a text row is being typed.
    public var editor: TextEditor?

    public init(groupID: String) {
        self.groupID = groupID
    }

    /// The rows for a group: its own entries in a list follow the handbook's choices.
    static func rows(for group: TargetGroup) -> [Row] {
        var rows: [Row] = [.name, .description, .hardToReach]
        for field in ListField.allCases {
            let known = field.knownOptions
            let own = group[keyPath: field.keyPath].filter { !known.contains($0) }
            rows += (known + own).map { .option(field, $0) } + [.add(field)]
        }
        return rows + [.participants]
    }
}

extension TargetGroupForm.ListField {
    /// Where the list lives in a group.
    var keyPath: WritableKeyPath<TargetGroup, [String]> {
        switch self {
        case .barriers: \.barriers
        case .channels: \.channels
        case .measures: \.measures
        }
    }

    /// The handbook's choices for the list.
    var knownOptions: [String] {
        switch self {
        case .barriers: TargetGroup.knownBarriers
        case .channels: TargetGroup.knownChannels
        case .measures: []
        }
    }
}
