/// Words listed the Swedish way: "a", "a och b", "a, b och c".
public enum SwedishList {
    /// The parts joined with commas and a last "och"; empty for none.
    public static func and(_ parts: [String]) -> String {
        guard let last = parts.last else { return "" }
        let rest = parts.dropLast()
        return rest.isEmpty ? last : rest.joined(separator: ", ") + " och " + last
    }
}
