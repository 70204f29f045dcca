import Foundation

/// A time of day, hour and minute, written `HH:MM` in files (read from `HH:MM` or `HH.MM`).
public struct ClockTime: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// A real time of day only: 00:00 to 23:59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// The time of day of a moment in the calendar's time zone (seconds dropped).
    public init(_ date: Date, calendar: Calendar) {
        let time = calendar.dateComponents([.hour, .minute], from: date)
        self.hour = time.hour ?? 0
        self.minute = time.minute ?? 0
    }

    /// Parses `HH:MM` or `HH.MM` (one-digit hours allowed, surrounding spaces ignored).
    public init?(_ text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let separator = trimmed.firstIndex(where: { $0 == ":" || $0 == "." }) else { return nil }
        let hourText = trimmed[..<separator]
        let minuteText = trimmed[trimmed.index(after: separator)...]
        guard (1...2).contains(hourText.count), minuteText.count == 2,
            hourText.allSatisfy(\.isASCIIDigit), minuteText.allSatisfy(\.isASCIIDigit),
            let hour = Int(hourText), let minute = Int(minuteText)
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// Minutes since midnight.
    public var minutesOfDay: Int { hour * 60 + minute }

    /// `HH:MM`.
    public var description: String {
        "\(String(hour).leftPadded(to: 2)):\(String(minute).leftPadded(to: 2))"
    }

    /// `HH.MM`, the way Swedish text writes a time of day.
    public var swedishText: String {
        "\(String(hour).leftPadded(to: 2)).\(String(minute).leftPadded(to: 2))"
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutesOfDay < rhs.minutesOfDay }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = ClockTime(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a time of day HH:MM, got \(text)")
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9 (not any Unicode digit).
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension ClockTime {
    /// A start and an optional end read from `18.00–20.00`, `18:00-20:00` or `18.00`; nil for any other text.
    public static func span(_ text: String) -> (start: ClockTime, end: ClockTime?)? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "–" || $0 == "-" || $0 == "—" }
        switch parts.count {
        case 1: return ClockTime(parts[0]).map { ($0, nil) }
        case 2:
            guard let start = ClockTime(parts[0]), let end = ClockTime(parts[1]) else { return nil }
            return (start, end)
        default: return nil
        }
    }
}
