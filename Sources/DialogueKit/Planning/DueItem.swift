/// One thing due in a dialogue on a date: a phase's end, a planned activity, a feedback round or a
/// publication. It keeps the date, not a verdict: whether it is overdue depends on the day it is shown.
public struct DueItem: Codable, Hashable, Sendable {
    public var kind: DueKind
    /// The day it is due: the phase's last day, the activity's day, the planned feedback date.
    public var date: LocalDate
    /// What it is about, within its kind: the phase's id, the activity's or feedback round's id, the
    /// publication's moment.
    public var reference: String
    /// What is due, in words: «Planering slutar», «Workshop med föräldrar», «Återkoppling till deltagarna».
    public var words: String

    public init(kind: DueKind, date: LocalDate, reference: String, words: String) {
        self.kind = kind
        self.date = date
        self.reference = reference
        self.words = words
    }

    /// True once its day has passed: something due today is not yet overdue.
    public func isOverdue(today: LocalDate) -> Bool {
        date < today
    }

    /// Listing order: sooner first (so the overdue come before the upcoming), then by kind, then by words.
    public static func listedBefore(_ lhs: DueItem, _ rhs: DueItem) -> Bool {
        (lhs.date, lhs.kind, lhs.words, lhs.reference) < (rhs.date, rhs.kind, rhs.words, rhs.reference)
    }
}
