/// A field of an input that can change after capture, by its key in journal lines.
enum InputField: String, CaseIterable, CodingKey, Sendable {
    case text, activity, agendaPoint, category, tags, group, source, hidden, duplicateOf, sideIssue, response

    /// The Swedish words for the field in a conflict's sentence.
    var words: String {
        switch self {
        case .text: "texten"
        case .activity: "aktiviteten"
        case .agendaPoint: "agendapunkten"
        case .category: "kategorin"
        case .tags: "taggarna"
        case .group: "målgruppen"
        case .source: "källan"
        case .hidden: "dolt"
        case .duplicateOf: "dubblettlänken"
        case .sideIssue: "sidofrågan"
        case .response: "svaret"
        }
    }

    /// Whether two inputs hold the same value in this field.
    func same(_ a: Input, _ b: Input) -> Bool {
        switch self {
        case .text: a.text == b.text
        case .activity: a.activity == b.activity
        case .agendaPoint: a.agendaPoint == b.agendaPoint
        case .category: a.category == b.category
        case .tags: a.tags == b.tags
        case .group: a.group == b.group
        case .source: a.source == b.source
        case .hidden: a.hidden == b.hidden
        case .duplicateOf: a.duplicateOf == b.duplicateOf
        case .sideIssue: a.sideIssue == b.sideIssue
        // Two writers giving the same answer at different times agree.
        case .response: Dialogue.sameResponse(a.response, b.response)
        }
    }

    /// Copies this field's value from `source` into `input`.
    func copy(from source: Input, into input: inout Input) {
        switch self {
        case .text: input.text = source.text
        case .activity: input.activity = source.activity
        case .agendaPoint: input.agendaPoint = source.agendaPoint
        case .category: input.category = source.category
        case .tags: input.tags = source.tags
        case .group: input.group = source.group
        case .source: input.source = source.source
        case .hidden: input.hidden = source.hidden
        case .duplicateOf: input.duplicateOf = source.duplicateOf
        case .sideIssue: input.sideIssue = source.sideIssue
        case .response: input.response = source.response
        }
    }

    /// The field's value in words, for a conflict's sentence.
    func words(of input: Input) -> String {
        let text: String? =
            switch self {
            case .text: input.text
            case .activity: input.activity
            case .agendaPoint: input.agendaPoint
            case .category: input.category
            case .tags: input.tags.isEmpty ? nil : input.tags.joined(separator: ", ")
            case .group: input.group
            case .source: input.source?.title
            case .hidden: input.hidden.map { "dolt (\($0.reason))" }
            case .duplicateOf: input.duplicateOf
            case .sideIssue: input.sideIssue
            case .response: input.response.map(\.words)
            }
        return text.map { DialogueChanges.quoted($0, length: 80) } ?? "inget"
    }
}
