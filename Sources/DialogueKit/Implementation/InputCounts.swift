/// How many inputs there are per category, tag, activity and target group: count once per change
/// (not per frame) and read as often as needed.
public struct InputCounts: Equatable, Sendable, Encodable {
    /// Inputs counted.
    public var total: Int
    /// Of those, how many are hidden (counted only when the inputs counted include hidden ones).
    public var hidden: Int
    /// Category id → inputs; inputs without a category are under `uncategorised`.
    public var byCategory: [String: Int]
    /// Inputs without a category.
    public var uncategorised: Int
    /// Tag → inputs.
    public var byTag: [String: Int]
    /// Activity id → inputs.
    public var byActivity: [String: Int]
    /// Target-group id → inputs.
    public var byGroup: [String: Int]

    /// Counts these inputs.
    public init(_ inputs: some Sequence<Input>) {
        total = 0
        hidden = 0
        byCategory = [:]
        uncategorised = 0
        byTag = [:]
        byActivity = [:]
        byGroup = [:]
        for input in inputs { add(input) }
    }

    /// Counts one more input.
    mutating func add(_ input: Input) {
        total += 1
        if input.hidden != nil { hidden += 1 }
        if let category = input.category { byCategory[category, default: 0] += 1 } else { uncategorised += 1 }
        for tag in input.tags { byTag[tag, default: 0] += 1 }
        if let activity = input.activity { byActivity[activity, default: 0] += 1 }
        if let group = input.group { byGroup[group, default: 0] += 1 }
    }

    /// Tags by how many inputs carry them, most first (ties in alphabetical order).
    public var tagsByCount: [(tag: String, count: Int)] {
        byTag.map { (tag: $0.key, count: $0.value) }.sorted { ($1.count, $0.tag) < ($0.count, $1.tag) }
    }
}
