import TextSafety

/// What is wrong in a template file. `TemplateError` adds the file and the place.
public enum TemplateProblem: Equatable, Sendable {
    /// The text is not valid TOML; the payload is TOMLKit's own description.
    case syntax(String)
    /// The file could not be read at all.
    case unreadable(String)
    /// A required key is missing; `example` shows how to write it.
    case missingKey(String, example: String)
    /// A key has a value of the wrong type; `found` names it in Swedish.
    case wrongType(key: String, expected: TemplateValueType, found: String, example: String)
    /// A required text is empty.
    case emptyText(key: String)
    /// A key the format does not know, probably misspelt.
    case unknownKey(String, allowed: [String])
    /// A value outside a fixed set, such as `kind = "gat"`.
    case unknownValue(key: String, value: String, allowed: [String])
    /// An id with characters that are awkward to type on the command line.
    case invalidID(key: String, value: String, suggestion: String)
    /// A template version below 1.
    case versionBelowOne(Int)
    /// An id used twice (items, roles, levels or method cards); `firstPlace` is where it was first used.
    case duplicateID(String, firstPlace: String)
    /// One of the five phases is absent.
    case missingPhase(Phase)
    /// A phase appears twice.
    case duplicatePhase(Phase, firstPlace: String)
    /// The phases are not in the order decision, planning, implementation, feedback, evaluation.
    case phaseOutOfOrder(Phase)
    /// `schedule` on an item that is not a date.
    case scheduleOnNonDateItem(kind: ItemKind)
    /// Two date items set the same phase start or end.
    case duplicateScheduleSlot(ScheduleSlot, firstPlace: String)
    /// A `level` item in a template without levels.
    case levelItemWithoutLevels
    /// A second `level` item; the influence level is chosen in one place.
    case secondLevelItem(firstPlace: String)
    /// A template without any influence level.
    case noLevels
    /// A level without `degree`, the generic rung that method cards are matched by.
    case missingDegree
    /// A `degree` (of a level) or one of the `degrees` (of a method card) outside 1–5.
    case degreeOutOfRange(key: String, value: Int)
    /// A method card whose `degrees` list is empty.
    case noDegrees
    /// An item's `role` that is not the id of any `[[roles]]`; `defined` lists the ids there are.
    case unknownRole(String, defined: [String])
    /// An item's `role` in a template that has no `[[roles]]` at all.
    case noRolesDefined(String)
    /// A template id that another template already uses.
    case duplicateTemplateID(String, usedBy: String)
    /// `[representation] descriptions` without exactly one text per priority 1–4; the payload is the count.
    case representationDescriptionCount(Int)

    /// What to write instead, for the syntax errors people make most, recognised by TOMLKit's
    /// (toml++'s) English description.
    static func syntaxFix(for message: String) -> String {
        let fixes: [(clue: String, fix: String)] = [
            (
                "control characters",
                "avsluta texten med \" på samma rad, eller skriv text över flera rader mellan \"\"\" och \"\"\""
            ),
            ("could not determine value type", "skriv text inom citattecken, till exempel name = \"Beslut\""),
            ("redefine", "ta bort eller byt namn på den ena av de två nycklarna med samma namn"),
            ("expected ']'", "avsluta rubriken med ] för en tabell eller ]] för en lista av tabeller"),
            (
                "expected bare key starting character",
                "skriv nyckeln med bara a–z, A–Z, 0–9, - och _, eller inom citattecken, till exempel [\"Ämne\"]"
            ),
            ("exceeded maximum", "nästla tabeller och listor högst 64 nivåer djupt; en mall behöver bara några få"),
            ("line-ending backslash", "låt \\ stå sist på raden, eller skriv \\\\ för ett bakåtstreck i texten"),
            ("end-of-file", "avsluta listan, tabellen eller texten som börjar här"),
        ]
        return fixes.first { message.contains($0.clue) }?.fix
            ?? "rätta skrivsättet där, till exempel med text inom citattecken och = mellan nyckel och värde"
    }

    /// The five generic rungs a level's `degree` names, for messages.
    static let degreeScale =
        "1 information, 2 konsultation, 3 dialog, 4 inflytande, 5 medbeslutande"

    /// The Swedish sentence (without the file prefix) for this problem at `place`, a key path
    /// such as `phases[0].items[1]`, or empty for the top level of the file.
    public func sentence(place: String) -> String {
        // Every text from the file is quoted as an excerpt, so a huge value cannot make a huge message.
        func q(_ text: String) -> String { SafeText.excerpt(text) }
        let at = place.isEmpty ? "på översta nivån" : "i \(SafeText.excerpt(place, length: 160))"
        let phaseOrder = Phase.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .syntax(let message):
            let quoted = SafeText.excerpt(message, length: SafeText.parserMessageLength)
            return "filen är inte giltig TOML (\(quoted)); \(Self.syntaxFix(for: message))."
        case .unreadable(let reason):
            return "filen kunde inte läsas (\(q(reason))); "
                + "kontrollera att den finns, är läsbar och är sparad som UTF-8."
        case .missingKey(let key, let example):
            return "nyckeln '\(q(key))' saknas \(at); lägg till \(example)."
        case .wrongType(let key, let expected, let found, let example):
            return "'\(q(key))' \(at) ska vara \(expected.swedishName) men är \(found); skriv till exempel \(example)."
        case .emptyText(let key):
            return "'\(q(key))' \(at) är tom; skriv texten mellan citattecknen."
        case .unknownKey(let key, let allowed):
            return "okänd nyckel '\(q(key))' \(at); skriv en av \(allowed.joined(separator: ", "))."
        case .unknownValue(let key, let value, let allowed):
            return "okänd \(q(key)) '\(q(value))' \(at); skriv en av \(allowed.joined(separator: ", "))."
        case .invalidID(let key, let value, let suggestion):
            return "\(q(key)) '\(q(value))' \(at) får bara innehålla a–z, 0–9, punkt, bindestreck och understreck; "
                + "skriv till exempel \(q(key)) = \"\(q(suggestion))\"."
        case .versionBelowOne(let version):
            return "version \(version) \(at) är för lågt; skriv ett heltal från 1 och uppåt, till exempel version = 1."
        case .duplicateID(let id, let firstPlace):
            return "id '\(q(id))' \(at) används redan i \(q(firstPlace)); byt till ett id som inte används."
        case .missingPhase(let phase):
            return "fasen '\(phase.rawValue)' saknas i phases; lägg till [[phases]] med phase = \"\(phase.rawValue)\" "
                + "så att faserna står i ordningen \(phaseOrder)."
        case .duplicatePhase(let phase, let firstPlace):
            return "fasen '\(phase.rawValue)' \(at) finns redan i \(q(firstPlace)); varje fas ska finnas en gång, "
                + "i ordningen \(phaseOrder)."
        case .phaseOutOfOrder(let phase):
            return "fasen '\(phase.rawValue)' \(at) står i fel ordning; ordna [[phases]] som \(phaseOrder)."
        case .scheduleOnNonDateItem(let kind):
            return "schedule \(at) hör bara till punkter med kind = \"date\" men punkten har kind '\(kind.rawValue)'; "
                + "ta bort schedule eller skriv kind = \"date\"."
        case .duplicateScheduleSlot(let slot, let firstPlace):
            return "schedule = { phase = \"\(slot.phase.rawValue)\", bound = \"\(slot.bound.rawValue)\" } \(at) "
                + "sätts redan av \(q(firstPlace)); låt bara en punkt sätta varje fas start och slut."
        case .levelItemWithoutLevels:
            return "punkten \(at) har kind 'level' men mallen har inga [[levels]]; lägg till nivåerna som [[levels]] "
                + "eller välj en annan kind."
        case .secondLevelItem(let firstPlace):
            return "punkten \(at) är en andra punkt med kind 'level' (den första finns i \(q(firstPlace))); "
                + "välj inflytandenivå på ett ställe och ge den här punkten en annan kind."
        case .noLevels:
            return "mallen har inga [[levels]]; lägg till minst en nivå: [[levels]] med id, name, dialogue och "
                + "description."
        case .missingDegree:
            return "nyckeln 'degree' saknas \(at); lägg till degree = 1–5 efter nivåns trappsteg: \(Self.degreeScale), "
                + "till exempel degree = 3."
        case .degreeOutOfRange(let key, let value):
            return "trappsteget \(value) i '\(q(key))' \(at) finns inte; skriv ett heltal 1–5: \(Self.degreeScale)."
        case .noDegrees:
            return "'degrees' \(at) är tom; skriv de trappsteg metoden passar för, till exempel degrees = [2, 3] "
                + "(\(Self.degreeScale))."
        case .unknownRole(let role, let defined):
            return "role '\(q(role))' \(at) finns inte bland mallens [[roles]]; skriv en av "
                + "\(SafeText.excerpts(defined)) eller lägg till [[roles]] med id = \"\(q(role))\"."
        case .noRolesDefined(let role):
            return "role '\(q(role))' \(at) kräver att mallen har [[roles]], men den har inga; lägg till [[roles]] med "
                + "id = \"\(q(role))\" och name = \"…\", eller ta bort role."
        case .duplicateTemplateID(let id, let usedBy):
            return "mallen har id '\(q(id))' som redan används av \(q(usedBy)); byt till ett eget id, till exempel "
                + "id = \"\(q(id))-egen\"."
        case .representationDescriptionCount(let count):
            return "'descriptions' \(at) har \(count) \(count == 1 ? "text" : "texter") men ska ha fyra, en per "
                + "prioritet i ordningen 1 berörda och lågaktiva, 2 berörda och aktiva, 3 icke berörda och aktiva, "
                + "4 icke berörda och icke aktiva; skriv descriptions = [\"…\", \"…\", \"…\", \"…\"]."
        }
    }
}
