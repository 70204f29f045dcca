import DialogueKit

/// One row a facilitator can tick in meeting mode: an item of the activity's run sheet or one of the
/// handbook's own Genomförande check items.
enum MeetingChecklistRow: Equatable, Sendable {
    case runSheet(RunSheetItem)
    case handbook(ChecklistItem)

    /// The words shown.
    var text: String {
        switch self {
        case .runSheet(let item): item.text
        case .handbook(let item): item.text
        }
    }

    /// Whether it is ticked.
    var isDone: Bool {
        switch self {
        case .runSheet(let item): item.isDone
        case .handbook(let item): item.isComplete
        }
    }

    /// The rows of a meeting of `activity`: its run sheet, then the Genomförande phase's check items.
    static func rows(of activity: Activity?, in dialogue: Dialogue) -> [MeetingChecklistRow] {
        let handbook = dialogue.phases.first { $0.phase == .implementation }?.items.filter { $0.kind == .check } ?? []
        return (activity?.runSheet ?? []).map(Self.runSheet) + handbook.map(Self.handbook)
    }
}
