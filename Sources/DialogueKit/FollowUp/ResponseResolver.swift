/// Resolves the responses of many inputs in one pass over them: the theme responses are looked up by tag
/// from a table made once, and a duplicate's original is found where its number puts it (`i12` is nearly
/// always the twelfth input), with a table of positions made only if one is not.
struct ResponseResolver {
    private let inputs: [Input]
    private let themes: [String: Response]
    private var positions: [String: Int]?

    init(_ dialogue: Dialogue) {
        inputs = dialogue.inputs
        var themes: [String: Response] = [:]
        for theme in dialogue.followUp.themeResponses where themes[theme.tag] == nil {
            themes[theme.tag] = theme.response
        }
        self.themes = themes
    }

    /// The response that applies to `input`: its own; else its original's own; else the first of its tags
    /// (then its original's tags) that has a theme response.
    mutating func resolve(_ input: Input) -> ResolvedResponse? {
        if let response = input.response { return ResolvedResponse(response: response, source: .own) }
        let original = input.duplicateOf.flatMap { self.input($0) }
        if let original, let response = original.response {
            return ResolvedResponse(response: response, source: .original(inputID: original.id))
        }
        guard !themes.isEmpty else { return nil }
        if let found = theme(of: input.tags) { return found }
        return original.flatMap { theme(of: $0.tags) }
    }

    /// The theme response of the first tag that has one.
    func theme(of tags: [String]) -> ResolvedResponse? {
        for tag in tags {
            if let response = themes[tag] { return ResolvedResponse(response: response, source: .theme(tag: tag)) }
        }
        return nil
    }

    /// The theme response given to `tag`.
    func themeResponse(_ tag: String) -> Response? { themes[tag] }

    /// The input with this id.
    mutating func input(_ id: String) -> Input? {
        if let number = Self.number(id), number <= inputs.count, inputs[number - 1].id == id {
            return inputs[number - 1]
        }
        if positions == nil { positions = InputMerge.positions(of: inputs[...]) }
        return positions?[id].map { inputs[$0] }
    }

    /// The number of an id `i<n>` (n ≥ 1, at most 18 digits), or nil for any other id.
    private static func number(_ id: String) -> Int? {
        guard id.utf8.first == UInt8(ascii: "i"), id.utf8.count > 1, id.utf8.count <= 19 else { return nil }
        var number = 0
        for byte in id.utf8.dropFirst() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number >= 1 ? number : nil
    }
}
