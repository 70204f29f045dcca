extension Array where Element == DueItem {
    /// The soonest item: the most overdue one when any is overdue, else the next upcoming one.
    public var next: DueItem? {
        self.min(by: DueItem.listedBefore)
    }

    /// The items whose day has passed on `today`, in listing order.
    public func overdue(today: LocalDate) -> [DueItem] {
        filter { $0.isOverdue(today: today) }.sorted(by: DueItem.listedBefore)
    }

    /// Whether anything is overdue on `today`.
    public func hasOverdue(today: LocalDate) -> Bool {
        contains { $0.isOverdue(today: today) }
    }
}
