/// A count with its noun in the right Swedish number: "1 dialog", "2 dialoger", "0 dialoger".
public enum SwedishCount {
    /// `n` followed by `one` when it is exactly 1, else by `other`.
    public static func phrase(_ n: Int, one: String, other: String) -> String {
        "\(n) \(n == 1 ? one : other)"
    }
}
