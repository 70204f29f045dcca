import Foundation

/// A calendar date without time or zone, written `YYYY-MM-DD` in files and UI.
public struct LocalDate: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Accepts a real calendar date only (no 2025-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= LocalDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (surrounding spaces allowed). Reads the UTF-8 bytes directly: the
    /// library index parses thousands of these at start, and Foundation's trimming is slow on Linux.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8).drop { $0 == 32 }.reversed().drop { $0 == 32 }.reversed()
        guard bytes.count == 10 else { return nil }
        var fields = [0, 0, 0]
        var field = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                field += 1
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                fields[field] = fields[field] * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        self.init(year: fields[0], month: fields[1], day: fields[2])
    }

    /// The date of an instant in the given calendar's time zone (never the machine's unless passed:
    /// the pure parts get their calendar with the clock).
    public init(_ date: Date, calendar: Calendar) {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = c.year!
        self.month = c.month!
        self.day = c.day!
    }

    public var description: String {
        let y = String(year).leftPadded(to: 4)
        let m = String(month).leftPadded(to: 2)
        let d = String(day).leftPadded(to: 2)
        return "\(y)-\(m)-\(d)"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The day after this one (the last day there is, 9999-12-31, has none and stays itself).
    public var nextDay: LocalDate {
        if day < LocalDate.daysIn(month: month, year: year) {
            return LocalDate(year: year, month: month, day: day + 1)!
        }
        if month < 12 { return LocalDate(year: year, month: month + 1, day: 1)! }
        return LocalDate(year: year + 1, month: 1, day: 1) ?? self
    }

    /// The moment this date shows `time` in the calendar's time zone (a time the zone skips, in the spring,
    /// as the calendar moves it).
    public func moment(at time: ClockTime, calendar: Calendar) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: time.hour, minute: time.minute))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension String {
    /// The text with zeros in front up to `width` characters (dates and times of day).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
