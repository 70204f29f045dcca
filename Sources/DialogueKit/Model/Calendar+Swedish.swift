import Foundation

extension Calendar {
    /// The Gregorian calendar in Sweden's time zone and language: what Ting's pure parts assume when
    /// no machine calendar is given, so a test reads the same dates in every time zone.
    public static let swedish: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!
        calendar.locale = Locale(identifier: "sv_SE")
        return calendar
    }()
}
