/// A change to one checklist item's answer: the single way answers change,
/// shared by the TUI and the CLI.
public enum ItemEdit: Equatable, Sendable {
    case done(Bool)
    case answer(GateAnswer?)
    case response(String?)
    case date(LocalDate?)

    /// The item kinds this edit applies to.
    public var kinds: Set<ItemKind> {
        switch self {
        case .done: [.check]
        case .answer: [.gate]
        case .response: [.question, .level]
        case .date: [.date]
        }
    }
}
