import Foundation

/// How iCalendar (RFC 5545) writes text, dates and lines: TEXT values escaped, dates as `YYYYMMDD`, moments
/// in UTC, and content lines folded at 75 octets with CRLF line ends.
enum ICalendarText {
    /// The line end RFC 5545 requires.
    static let lineEnd = "\r\n"
    /// The longest line in octets, line end not counted.
    static let maximumLineOctets = 75

    /// A TEXT value: backslash, comma and semicolon escaped, every line break (CRLF, LF, CR) as `\n`, and
    /// control characters, which TEXT may not hold (tab aside), as spaces.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r":
                out += "\\n"
                if pending == "\n" { pending = scalars.next() }
            case "\n": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A DATE value: `20260315`.
    static func date(_ date: LocalDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// A DATE-TIME in UTC: `20260315T170000Z`.
    static func utc(_ moment: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: moment)
        let day = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!).map(date) ?? "19700101"
        let time = [parts.hour!, parts.minute!, parts.second!].map { String($0).leftPadded(to: 2) }.joined()
        return "\(day)T\(time)Z"
    }

    /// One content line, folded: no line longer than 75 octets, each continuation starting with a space, and no
    /// UTF-8 character split between two lines. Ends with CRLF.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maximumLineOctets {
                out += lineEnd + " "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out + lineEnd
    }
}
