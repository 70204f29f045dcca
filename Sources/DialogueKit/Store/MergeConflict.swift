/// One place where two writers changed the same value differently; nil values are absent (never
/// set, or removed).
struct MergeConflict: Equatable, Sendable {
    /// Where in the file.
    var path: [JSONPathStep]
    var mine: JSONValue?
    var theirs: JSONValue?
}
