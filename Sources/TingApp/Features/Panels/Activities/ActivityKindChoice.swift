import DialogueKit

/// The kinds an activity can be given, those that carry out one of the dialogue's chosen method cards
/// first (marked), then the other standard kinds, then the activity's own kind if it is none of them.
struct ActivityKindChoice: Equatable, Sendable {
    let id: String
    let title: String
    /// The chosen method cards this kind carries out, by name.
    let methods: [String]

    /// The choices for `activity` in `dialogue`, in the order shown.
    static func options(for activity: Activity, in dialogue: Dialogue) -> [ActivityKindChoice] {
        let choices = ActivityKind.standard.map { kind in
            ActivityKindChoice(
                id: kind.id, title: kind.title,
                methods: dialogue.methods.filter { kind.methods.contains($0.id) }.map(\.name))
        }
        let own =
            activity.kind.isEmpty || ActivityKind.standard(id: activity.kind) != nil
            ? [] : [ActivityKindChoice(id: activity.kind, title: activity.kind, methods: [])]
        return choices.filter { !$0.methods.isEmpty } + choices.filter { $0.methods.isEmpty } + own
    }

    /// The row in the picker: "Workshop · passar vald metod: Workshop".
    var text: String {
        methods.isEmpty ? title : "\(title) · \(UIStrings.swedish.kindFitsMethod): \(methods.joined(separator: ", "))"
    }
}
