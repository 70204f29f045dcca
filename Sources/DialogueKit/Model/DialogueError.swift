/// Why an edit to a dialogue was refused; each case reads as one clear sentence.
public enum DialogueError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchItem(String)
    case wrongKind(itemID: String, kind: ItemKind, expected: Set<ItemKind>)
    case noSuchLevel(String, known: [String])
    case noSuchPerson(String)
    case noSuchPlanningEntry(String)

    public var description: String {
        switch self {
        case .noSuchItem(let id):
            "Det finns ingen punkt med id '\(id)' i dialogen; `ting show DIALOG` listar punkternas id."
        case .wrongKind(let id, let kind, _):
            switch kind {
            case .check: "Punkten '\(id)' är ett steg: bocka av den med `ting tick`."
            case .gate: "Punkten '\(id)' är en kontrollfråga: svara ja eller nej."
            case .question: "Punkten '\(id)' är en öppen fråga: svara med text."
            case .date: "Punkten '\(id)' är ett datum: svara med ett datum i formen ÅÅÅÅ-MM-DD."
            case .level: "Punkten '\(id)' är ett val av inflytandenivå: svara med nivåns id."
            }
        case .noSuchLevel(let id, let known):
            "Nivån '\(id)' finns inte i dialogens handbok; välj en av: \(known.joined(separator: ", "))."
        case .noSuchPerson(let id):
            "Det finns ingen person med id '\(id)' i dialogen; `ting show DIALOG` listar personerna."
        case .noSuchPlanningEntry(let id):
            "Det finns ingen risk eller sidofråga med id '\(id)' i dialogen; `ting show DIALOG` listar dem."
        }
    }
}
