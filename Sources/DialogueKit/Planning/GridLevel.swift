/// High or low on one axis of the representation model (berörd, aktivitet).
public enum GridLevel: String, Codable, CaseIterable, Sendable {
    case high
    case low

    /// "hög" or "låg".
    public var swedishName: String { self == .high ? "hög" : "låg" }
}
