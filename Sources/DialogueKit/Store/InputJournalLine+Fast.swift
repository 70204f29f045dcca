import Foundation

/// Reading a journal line without Foundation's decoder: the line's JSON tree mapped by hand, with exactly
/// the rules of `Codable` (required keys, types, null as absent, unknown keys ignored); nil for anything
/// else, which the caller then decodes with Foundation.
extension InputJournalLine {
    /// The line in `bytes`, or nil when the fast way does not take it.
    static func fast(_ bytes: UnsafeBufferPointer<UInt8>) -> InputJournalLine? {
        guard case .object(let members)? = JSONLineParser.parse(bytes) else { return nil }
        if let add = members["add"], members["change"] == nil || members["change"] == .null {
            guard case .object(let fields) = add, let input = input(fields) else { return nil }
            return InputJournalLine(adding: input)
        }
        guard case .string(let id)? = members["change"], case .object(let set)? = members["set"],
            let by = optionalText(members["by"]), let at = optionalDate(members["at"])
        else { return nil }
        var input = Input(id: id, text: "", capturedAt: .distantPast)
        var fields: [InputField] = []
        for (key, value) in set {
            guard let field = InputField(stringValue: key) else { continue }
            fields.append(field)
            switch field {
            case .text:
                guard case .string(let text) = value else { return nil }
                input.text = text
            case .activity: guard let v = optionalText(value) else { return nil }; input.activity = v
            case .agendaPoint: guard let v = optionalText(value) else { return nil }; input.agendaPoint = v
            case .category: guard let v = optionalText(value) else { return nil }; input.category = v
            case .group: guard let v = optionalText(value) else { return nil }; input.group = v
            case .duplicateOf: guard let v = optionalText(value) else { return nil }; input.duplicateOf = v
            case .sideIssue: guard let v = optionalText(value) else { return nil }; input.sideIssue = v
            case .tags: guard let v = optionalTexts(value) else { return nil }; input.tags = v ?? []
            case .source: guard let v = optionalSource(value) else { return nil }; input.source = v
            case .hidden: guard let v = optionalHiding(value) else { return nil }; input.hidden = v
            case .response: guard let v = optionalResponse(value) else { return nil }; input.response = v
            }
        }
        // Foundation's order of keys is the file's; the fields' order only matters when writing.
        fields.sort { $0.rawValue < $1.rawValue }
        var line = InputJournalLine(changing: fields, to: input, by: by ?? "", at: at ?? .distantPast)
        line.by = by
        line.at = at
        return line
    }

    private static func input(_ members: [String: JSONValue]) -> Input? {
        guard case .string(let id)? = members["id"], case .string(let text)? = members["text"],
            case .string(let captured)? = members["capturedAt"], let capturedAt = DialogueCoding.date(from: captured),
            let activity = optionalText(members["activity"]), let agendaPoint = optionalText(members["agendaPoint"]),
            let category = optionalText(members["category"]), let tags = optionalTexts(members["tags"]),
            let group = optionalText(members["group"]), let source = optionalSource(members["source"]),
            let capturedBy = optionalText(members["capturedBy"]), let hidden = optionalHiding(members["hidden"]),
            let duplicateOf = optionalText(members["duplicateOf"]), let sideIssue = optionalText(members["sideIssue"]),
            let response = optionalResponse(members["response"]), let lastChange = optionalChange(members["lastChange"])
        else { return nil }
        return Input(
            id: id, text: text, capturedAt: capturedAt, activity: activity, agendaPoint: agendaPoint,
            category: category, tags: tags ?? [], group: group, source: source, capturedBy: capturedBy,
            hidden: hidden, duplicateOf: duplicateOf, sideIssue: sideIssue, response: response, lastChange: lastChange)
    }

    /// `.some(nil)` for absent or null, `.some(text)` for a string, nil (not taken) for anything else.
    private static func optionalText(_ value: JSONValue?) -> String?? {
        switch value {
        case nil, .null?: .some(nil)
        case .string(let text)?: .some(text)
        default: nil
        }
    }

    private static func optionalTexts(_ value: JSONValue?) -> [String]?? {
        switch value {
        case nil, .null?: return .some(nil)
        case .array(let elements)?:
            var texts: [String] = []
            for element in elements {
                guard case .string(let text) = element else { return nil }
                texts.append(text)
            }
            return .some(texts)
        default: return nil
        }
    }

    private static func optionalDate(_ value: JSONValue?) -> Date?? {
        switch value {
        case nil, .null?: .some(nil)
        case .string(let text)?: DialogueCoding.date(from: text).map { .some($0) }
        default: nil
        }
    }

    private static func optionalSource(_ value: JSONValue?) -> InputSource?? {
        switch value {
        case nil, .null?: .some(nil)
        case .string(let text)?: InputSource(rawValue: text).map { .some($0) }
        default: nil
        }
    }

    private static func optionalHiding(_ value: JSONValue?) -> InputHiding?? {
        switch value {
        case nil, .null?: return .some(nil)
        case .object(let members)?:
            guard case .string(let reason)? = members["reason"], case .string(let by)? = members["by"],
                case .string(let at)? = members["at"], let date = DialogueCoding.date(from: at)
            else { return nil }
            return .some(InputHiding(reason: reason, by: by, at: date))
        default: return nil
        }
    }

    /// A response as `Response`'s decoder reads it: the status required, the rest optional.
    private static func optionalResponse(_ value: JSONValue?) -> Response?? {
        switch value {
        case nil, .null?: return .some(nil)
        case .object(let members)?:
            guard case .string(let id)? = members["status"], let status = ResponseStatus(rawValue: id),
                let reason = optionalText(members["reason"]), let forwardedTo = optionalText(members["forwardedTo"]),
                let decisions = optionalTexts(members["decisions"]),
                let lastChange = optionalChange(members["lastChange"])
            else { return nil }
            return .some(
                Response(
                    status: status, reason: reason ?? "", forwardedTo: forwardedTo, decisions: decisions ?? [],
                    lastChange: lastChange))
        default: return nil
        }
    }

    private static func optionalChange(_ value: JSONValue?) -> ItemChange?? {
        switch value {
        case nil, .null?: return .some(nil)
        case .object(let members)?:
            guard case .string(let by)? = members["by"], case .string(let at)? = members["at"],
                let date = DialogueCoding.date(from: at)
            else { return nil }
            return .some(ItemChange(by: by, at: date))
        default: return nil
        }
    }
}
