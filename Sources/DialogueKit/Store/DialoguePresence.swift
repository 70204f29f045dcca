import Foundation

/// Someone who has a dialogue open in a Ting right now, as its presence file says.
public struct DialoguePresence: Equatable, Sendable {
    /// The dialogue's file name without `.json`.
    public var stem: String
    public var identity: WriterIdentity
    /// When they opened it.
    public var since: Date

    public init(stem: String, identity: WriterIdentity, since: Date) {
        self.stem = stem
        self.identity = identity
        self.since = since
    }

    /// When they opened it, as hours and minutes in the calendar's time zone: `10:02`.
    public func sinceTimeOfDay(in calendar: Calendar) -> String {
        ClockTime(since, calendar: calendar).description
    }
}
