import Foundation

/// The real iCalendar readers the export tests hand a file to: Python's `icalendar` (Debian's python3-icalendar)
/// and calcurse's import. Each is used only when installed; `.ci/run` installs both.
enum CalendarParsers {
    /// Debian's Python, which has the distribution's `icalendar` (a pyenv or venv `python3` on PATH may not).
    static let python = "/usr/bin/python3"

    /// Whether `python3 -c "import icalendar"` works.
    static let hasICalendar: Bool = {
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        return (try? ChildProcess.run([python, "-c", "import icalendar"], environment: [:]).status) == 0
    }()

    /// Whether calcurse is installed.
    static let hasCalcurse: Bool = ["/usr/bin/calcurse", "/usr/local/bin/calcurse"].contains {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// One VEVENT as `icalendar` read it: texts unescaped, dates as `YYYY-MM-DD`, moments in ISO 8601 with
    /// their offset, and the parse errors it recorded (none, for a good file).
    struct Event: Decodable {
        var uid: String
        var summary: String
        var location: String
        var description: String
        var status: String
        var dtstart: String?
        var dtend: String?
        var dtstamp: String?
        var errors: [String]
    }

    /// The calendar as `icalendar` read it.
    struct Calendar: Decodable {
        var version: String
        var prodid: String
        var calscale: String
        var errors: [String]
        var events: [Event]
    }

    /// Parses an .ics file with `icalendar` and returns what it read.
    static func parse(_ file: URL) throws -> Calendar {
        let script = """
            import json, sys
            from icalendar import Calendar
            cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
            def when(e, key):
                v = e.get(key)
                return None if v is None else v.dt.isoformat()
            events = [{
                'uid': str(e.get('UID', '')), 'summary': str(e.get('SUMMARY', '')),
                'location': str(e.get('LOCATION', '')), 'description': str(e.get('DESCRIPTION', '')),
                'status': str(e.get('STATUS', '')), 'dtstart': when(e, 'DTSTART'), 'dtend': when(e, 'DTEND'),
                'dtstamp': when(e, 'DTSTAMP'), 'errors': [str(x) for x in e.errors],
            } for e in cal.walk('VEVENT')]
            print(json.dumps({
                'version': str(cal.get('VERSION', '')), 'prodid': str(cal.get('PRODID', '')),
                'calscale': str(cal.get('CALSCALE', '')), 'errors': [str(x) for x in cal.errors],
                'events': events,
            }))
            """
        let result = try ChildProcess.run([python, "-c", script, file.path], environment: ["LANG": "C.UTF-8"])
        guard result.status == 0 else {
            throw ChildProcessError(message: "icalendar could not read \(file.lastPathComponent): \(result.err)")
        }
        return try JSONDecoder().decode(Calendar.self, from: Data(result.out.utf8))
    }

    /// What calcurse made of importing the file into an empty calendar in `folder`, read in time zone `zone`:
    /// its import report and its appointments file.
    static func calcurseImport(_ file: URL, into folder: URL, zone: String) throws -> (
        report: String, appointments: String
    ) {
        let result = try ChildProcess.run(
            ["calcurse", "-D", folder.path, "-i", file.path],
            environment: ["PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": folder.path, "TZ": zone, "LANG": "C.UTF-8"])
        guard result.status == 0 else {
            throw ChildProcessError(message: "calcurse refused \(file.lastPathComponent): \(result.err) \(result.out)")
        }
        let appointments = (try? String(contentsOf: folder.appendingPathComponent("apts"), encoding: .utf8)) ?? ""
        return (result.out + result.err, appointments)
    }
}
