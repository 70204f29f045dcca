/// How many visible inputs have each response status, how many have none, and how many there are.
public struct ResponseCounts: Equatable, Sendable {
    /// Every status, in `ResponseStatus.allCases` order, with the inputs whose resolved response has it.
    public var byStatus: [(status: ResponseStatus, count: Int)]
    /// Visible inputs without any response (own, original's or theme's).
    public var unanswered: Int
    /// Visible inputs counted.
    public var total: Int

    public init(byStatus: [(status: ResponseStatus, count: Int)], unanswered: Int, total: Int) {
        self.byStatus = byStatus
        self.unanswered = unanswered
        self.total = total
    }

    /// The inputs with this status.
    public func count(of status: ResponseStatus) -> Int {
        byStatus.first { $0.status == status }?.count ?? 0
    }

    /// Visible inputs that have a response.
    public var answered: Int { total - unanswered }

    public static func == (lhs: ResponseCounts, rhs: ResponseCounts) -> Bool {
        lhs.unanswered == rhs.unanswered && lhs.total == rhs.total
            && lhs.byStatus.elementsEqual(rhs.byStatus) { $0.status == $1.status && $0.count == $1.count }
    }
}
