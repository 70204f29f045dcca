/// The category, tags and target group given to the input on the capture line before Enter.
struct CaptureLabels: Equatable, Sendable {
    /// A category id of the dialogue's `inputCategories`, or nil.
    var category: String?
    /// Tags, in the order given, each once.
    var tags: [String] = []
    /// A target-group id, or nil.
    var group: String?

    /// Whether nothing has been given.
    var isEmpty: Bool { category == nil && tags.isEmpty && group == nil }
}
