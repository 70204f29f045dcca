/// Why an edit to a dialogue was refused; each case reads as one clear sentence.
public enum DialogueError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchItem(String)
    case wrongKind(itemID: String, kind: ItemKind, expected: Set<ItemKind>)
    case noSuchLevel(String, known: [String])
    case noSuchPerson(String)
    case noSuchPlanningEntry(String)
    case noSuchInput(String)
    case noSuchActivity(String)
    case noSuchAgendaPoint(String, activity: String)
    case noSuchRunSheetItem(String, activity: String)
    case noSuchCategory(String, known: [String])
    case noSuchTargetGroup(String)
    case emptyInput
    case duplicateOfItself(String)
    case contactWithoutConsent
    case noSuchTheme(String)
    case responseNeedsReason(ResponseStatus)
    case responseNeedsForwarding(ResponseStatus)
    case noSuchDecision(String)
    case decisionWithoutBody
    case decisionWithoutText
    case decisionInUse(String, responses: Int)
    case noSuchMethod(String, known: [String])
    case noSuchSurveyStatement(String)
    case noSuchSurveyOption(String, known: [String])
    case emptySurveyStatement

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
        case .noSuchInput(let id):
            "Det finns inget inspel med id '\(id)' i dialogen; `ting input list DIALOG` listar inspelen."
        case .noSuchActivity(let id):
            "Det finns ingen aktivitet med id '\(id)' i dialogen; `ting activity list DIALOG` listar dem."
        case .noSuchAgendaPoint(let id, let activity):
            "Aktiviteten '\(activity)' har ingen agendapunkt med id '\(id)'; `ting show DIALOG` listar dem."
        case .noSuchRunSheetItem(let id, let activity):
            "Aktiviteten '\(activity)' har ingen punkt '\(id)' i sin körschema-lista; `ting show DIALOG` listar dem."
        case .noSuchCategory(let id, let known):
            "Kategorin '\(id)' finns inte i dialogen; välj en av: \(known.joined(separator: ", "))."
        case .noSuchTargetGroup(let id):
            "Det finns ingen målgrupp med id '\(id)' i dialogen; `ting show DIALOG` listar målgrupperna."
        case .emptyInput:
            "Ett inspel måste ha text; skriv vad som sades eller skrevs."
        case .duplicateOfItself(let id):
            "Inspelet '\(id)' kan inte vara en dubblett av sig självt eller av ett av sina egna dubbletter."
        case .contactWithoutConsent:
            "Kontaktuppgifter sparas bara med deltagarens samtycke; fråga först och ange sedan samtycke."
        case .noSuchTheme(let tag):
            "Inget synligt inspel har taggen '\(tag)'; ge inspelen taggen först (`ting input list DIALOG` visar taggarna)."
        case .responseNeedsReason(let status):
            "Svaret \"\(status.words)\" behöver ett skäl i ord; skriv varför (`--reason TEXT`)."
        case .responseNeedsForwarding(let status):
            "Svaret \"\(status.words)\" behöver säga vart inspelet skickats vidare; ange det (`--forward-to TEXT`)."
        case .noSuchDecision(let id):
            "Det finns inget beslut med id '\(id)' i dialogen; `ting decision list DIALOG` listar besluten."
        case .decisionWithoutBody:
            "Ett beslut behöver vem som fattade det (nämnd, styrelse eller fullmäktige); ange det (`--body TEXT`)."
        case .decisionWithoutText:
            "Ett beslut behöver vad som beslutades, i ord; skriv det (`--text TEXT`)."
        case .decisionInUse(let id, let responses):
            "Beslutet '\(id)' är länkat från \(SwedishCount.phrase(responses, one: "svar", other: "svar")); "
                + "ta bort länkarna först (`ting respond … --clear` eller ett nytt svar utan beslutet)."
        case .noSuchMethod(let id, let known):
            known.isEmpty
                ? "Metoden '\(id)' användes inte i dialogen; välj metoder i Planering eller ange metod på aktiviteterna."
                : "Metoden '\(id)' användes inte i dialogen; välj en av: \(known.joined(separator: ", "))."
        case .noSuchSurveyStatement(let id):
            "Deltagarenkäten har inget påstående med id '\(id)'; lägg till påståendet först i Utvärdering under Enkät."
        case .noSuchSurveyOption(let id, let known):
            "Svarsalternativet '\(id)' finns inte i deltagarenkäten; välj ett av: \(known.joined(separator: ", "))."
        case .emptySurveyStatement:
            "Ett påstående i deltagarenkäten måste ha text; skriv det som det står på enkäten."
        }
    }
}
