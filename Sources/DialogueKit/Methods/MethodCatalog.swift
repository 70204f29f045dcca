/// The built-in catalogue of dialogue methods (`templates/methods/methods.toml`, which SwiftPM
/// embeds in the binary), and the order in which to offer them for a level.
public enum MethodCatalog {
    /// Every built-in method card, in file order.
    public static let builtIn: [MethodCard] = {
        do {
            let text = String(decoding: PackageResources.methods_toml, as: UTF8.self)
            return try parse(toml: text, file: "methods/methods.toml")
        } catch {
            // The test suite parses the catalogue, so this is a build defect, not user input.
            preconditionFailure("built-in method cards \(error)")
        }
    }()

    /// Reads method cards from TOML text; `file` names it in errors.
    public static func parse(toml: String, file: String) throws(TemplateError) -> [MethodCard] {
        try MethodCatalogParser(text: toml, file: file).parse()
    }

    /// The built-in cards to offer for `level`: those fitting its degree first, then those
    /// nearest to it, each group by name in Swedish order; by name alone without a level or degree.
    public static func ranked(for level: InfluenceLevel?) -> [MethodCard] {
        ranked(builtIn, degree: level?.degree)
    }

    /// `cards` ordered by how near their degrees come to `degree` (fitting ones first), then by
    /// name in Swedish order; by name alone when `degree` is nil.
    public static func ranked(_ cards: [MethodCard], degree: Int?) -> [MethodCard] {
        let byName = TitleOrder.order(of: cards.map(\.name), tieBreakers: cards.map(\.id)).map { cards[$0] }
        guard let degree else { return byName }
        // A dialogue file carries its levels; a degree far outside 1–5 must not overflow the distance.
        let held = min(max(degree, -1_000), 1_000)
        let distances = byName.map { card in card.degrees.map { abs($0 - held) }.min() ?? Int.max }
        return byName.indices.sorted { (distances[$0], $0) < (distances[$1], $1) }.map { byName[$0] }
    }
}
