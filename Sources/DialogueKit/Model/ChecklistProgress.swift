/// How many items are dealt with, out of how many.
public struct ChecklistProgress: Equatable, Sendable, Codable {
    public var done: Int
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// Whole percent, 0 to 100; an empty list counts as complete. Never traps, whatever the
    /// counts (they may come from a cache file): `done` is held to 0…`total` and the product is
    /// taken at double width.
    public var percent: Int {
        guard total > 0 else { return 100 }
        let counted = min(max(done, 0), total)
        return total.dividingFullWidth(counted.multipliedFullWidth(by: 100)).quotient
    }

    /// Whether the counts can describe a checklist: neither negative nor more done than there are.
    public var isPlausible: Bool { done >= 0 && total >= 0 && done <= total }

    public static func + (lhs: ChecklistProgress, rhs: ChecklistProgress) -> ChecklistProgress {
        ChecklistProgress(done: lhs.done + rhs.done, total: lhs.total + rhs.total)
    }
}
