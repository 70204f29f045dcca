import DialogueKit
import Foundation

/// Dates, times and counts typed on the command line, each refused with one sentence that names
/// the value, where it was given and what to write instead.
enum CLIValues {
    /// A date `ÅÅÅÅ-MM-DD` given as `place` (an option such as `--date`, or the argument's name).
    static func date(_ text: String, option place: String) throws -> LocalDate {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let date = LocalDate(trimmed) else {
            throw CLIError(
                "'\(trimmed)' är inget datum\(Self.given(place)); skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-15.")
        }
        return date
    }

    /// A time of day `TT:MM` (or `TT.MM`) given as `place`.
    static func time(_ text: String, option place: String) throws -> ClockTime {
        guard let time = ClockTime(text) else {
            throw CLIError(
                "'\(text.trimmingCharacters(in: .whitespaces))' är ingen tid\(Self.given(place)); "
                    + "skriv TT:MM mellan 00:00 och 23:59, till exempel 18:30.")
        }
        return time
    }

    /// A count of people, a whole number from 0, given as `place`.
    static func count(_ text: String, option place: String) throws -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let count = Int(trimmed), count >= 0 else {
            throw CLIError("'\(trimmed)' är inget antal\(Self.given(place)); skriv ett heltal från 0, till exempel 42.")
        }
        return count
    }

    /// " i --date", or nothing when no place is named.
    private static func given(_ place: String) -> String {
        place.isEmpty ? "" : " i \(place)"
    }
}
