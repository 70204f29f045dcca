/// How many items are dealt with, out of how many.
public struct ChecklistProgress: Equatable, Sendable, Codable {
    public var done: Int
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// Whole percent, 0 to 100; an empty list counts as complete.
    public var percent: Int { total == 0 ? 100 : done * 100 / total }

    public static func + (lhs: ChecklistProgress, rhs: ChecklistProgress) -> ChecklistProgress {
        ChecklistProgress(done: lhs.done + rhs.done, total: lhs.total + rhs.total)
    }
}
