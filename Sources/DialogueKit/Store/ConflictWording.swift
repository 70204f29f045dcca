/// Says in words, for a person, where two writers collided and with what values: items by their
/// text, goals, groups and the rest by their names, never as a JSON path.
struct ConflictWording {
    /// The three trees, to find what a path points at.
    let base: JSONValue
    let mine: JSONValue
    let theirs: JSONValue
    /// Who wrote theirs, when nothing in the file says so (e.g. someone with the dialogue open).
    let otherWriter: String?

    /// One sentence for a conflict.
    func sentence(for conflict: MergeConflict) -> String {
        let context = Context(conflict, base: base, mine: mine, theirs: theirs)
        let who = context.changedBy ?? otherWriter ?? "någon annan"
        let place = context.place
        if context.field == nil, context.element != nil {
            let it = context.listKey.map { ListWords.neuter.contains($0) } == true ? "det" : "den"
            if conflict.theirs == nil { return "\(who) tog bort \(place) medan du ändrade \(it)." }
            if conflict.mine == nil { return "\(who) ändrade \(place) medan du tog bort \(it)." }
        }
        if context.field == nil, context.element == nil {
            return "\(who) ändrade ordningen i \(place) medan du också ändrade den."
        }
        let theirs = words(for: conflict.theirs, field: context.field)
        let mine = words(for: conflict.mine, field: context.field)
        if context.isItemValue || context.isName {
            return "\(who) sparade \(theirs) på \(place) medan du sparade \(mine)."
        }
        let field = context.field.map { Self.fieldWords[$0] ?? $0 } ?? ""
        let on = place.isEmpty ? "" : " på \(place)"
        return "\(who) sparade \(field) \(theirs)\(on) medan du sparade \(mine)."
    }

    /// A value as a person reads it; a person's id as their name.
    func words(for value: JSONValue?, field: String?) -> String {
        if field == "assignee", let id = value?.text {
            let people = [theirs, mine].lazy.compactMap { $0["planning"]?["people"]?.elements }.joined()
            if let name = people.first(where: { $0["id"]?.text == id })?["name"]?.text {
                return DialogueChanges.quoted(name, length: 80)
            }
        }
        if field == "response.status", let status = value?.text.flatMap(ResponseStatus.init(rawValue:)) {
            return DialogueChanges.quoted(status.words)
        }
        return switch value {
        case nil, .null?: field == "done" ? "ej bockad" : "inget"
        case .bool(true)?: field == "done" ? "bockad" : "ja"
        case .bool(false)?: "nej"
        case .string(let text)?: DialogueChanges.quoted(text, length: 80)
        case .integer(let number)?: "\(number)"
        case .number(let number)?: "\(number)"
        case .object?, .array?: "en annan version"
        }
    }

    /// The words for a field, by its key.
    static let fieldWords = [
        "title": "namnet", "name": "namnet", "question": "frågan", "purpose": "syftet", "committee": "nämnden",
        "administration": "förvaltningen", "caseNumber": "diarienumret", "description": "beskrivningen",
        "assignee": "ansvarig", "goal": "målet", "indicators": "indikatorerna", "dataCollection": "datainsamlingen",
        "outcome": "utfallet", "fulfilled": "uppfyllelsen", "date": "datumet", "time": "tiden", "place": "platsen",
        "method": "metoden", "risk": "risken", "mitigation": "åtgärden", "owner": "ägaren", "contact": "kontakten",
        "role": "rollen", "barriers": "trösklarna", "channels": "kanalerna", "measures": "åtgärderna",
        "affected": "berördheten", "activity": "aktiviteten", "passedTo": "mottagaren",
        "response.status": "svaret", "response.reason": "skälet", "response.forwardedTo": "vart det skickats",
        "response.decisions": "besluten", "body": "organet", "paragraph": "paragrafen",
    ]

    /// The members that name an element, tried in order.
    static let nameKeys = ["text", "title", "name", "goal", "risk", "question"]

    /// What a path points at: the innermost list element and the field inside it.
    private struct Context {
        var listKey: String?
        var element: JSONValue?
        var elementID: String?
        var field: String?
        /// Who changed the element, when it records that and theirs changed it since the base.
        var changedBy: String?

        var isItemValue: Bool { listKey == "items" && ["done", "answer", "response", "date"].contains(field ?? "") }
        /// The field is the one the element is named by.
        var isName: Bool {
            guard let field, let element else { return false }
            return ConflictWording.nameKeys.first { element[$0] != nil } == field
        }

        init(_ conflict: MergeConflict, base: JSONValue, mine: JSONValue, theirs: JSONValue) {
            var nodes: [JSONValue?] = [base, mine, theirs]
            var lastKey: String?
            for step in conflict.path {
                switch step {
                case .key(let key):
                    if element != nil, field == nil {
                        field = key
                    } else if field == "response" {
                        // A response's parts (a theme's): its status, reason, forwarding or decisions.
                        field = "response.\(key)"
                    }
                    lastKey = key
                    nodes = nodes.map { $0?[key] }
                case .element(let id):
                    nodes = nodes.map { Self.element(id, in: $0) }
                    listKey = lastKey
                    element = nodes[0] ?? nodes[2] ?? nodes[1]
                    elementID = id
                    field = nil
                    // A theme's response records its change inside the response.
                    let stamp: (JSONValue?) -> JSONValue? = { $0?["lastChange"] ?? $0?["response"]?["lastChange"] }
                    let change = stamp(nodes[2])
                    changedBy = change != stamp(nodes[0]) ? change?["by"]?.text : nil
                }
            }
            if element == nil {
                if conflict.mine?.elements != nil, conflict.theirs?.elements != nil {
                    listKey = lastKey
                } else {
                    field = lastKey
                }
            }
        }

        /// The place in words: `målet "Fler unga"`, or just `"Är beslutet fattat?"` for an item's value.
        var place: String {
            guard let element else {
                guard field == nil, let listKey else { return "" }
                return ListWords.list[listKey] ?? listKey
            }
            let names = ConflictWording.nameKeys.lazy.compactMap { element[$0]?.text }
            // A goal without a text is named by its kind, as the goals panel and `DialogueChanges` name it.
            let kind = element["kind"]?.text.flatMap(GoalKind.init(rawValue:))?.swedishName
            let name = names.first { !$0.isEmpty } ?? kind ?? elementID ?? ""
            let quoted = DialogueChanges.quoted(name, length: 100)
            if isItemValue { return quoted }
            return "\(listKey.flatMap { ListWords.entry[$0] } ?? "posten") \(quoted)"
        }

        private static func element(_ id: String, in list: JSONValue?) -> JSONValue? {
            list?.elements?.first { element in ThreeWayMerge.identityKeys.contains { element[$0]?.text == id } }
        }
    }
}
