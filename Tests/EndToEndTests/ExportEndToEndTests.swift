import DialogueKit
import Foundation
import Testing

/// `ting export` on the real binary: files real programs open (read back by real parsers), written atomically,
/// an existing file refused without `--force`.
struct ExportEndToEndTests {
    /// The zone the exports are made and read in.
    static let zone = ["TZ": "Europe/Stockholm"]

    /// A library with the example dialogue and an activity whose text needs escaping and folding; its stem.
    func exampleLibrary(_ folder: URL) throws -> String {
        let stem = try TingBinary.newDialogue(["--example"], in: folder)
        let added = try TingBinary.run(
            [
                "activity", "add", stem, "--title",
                "Kvällsmöte, med polisen; om belysningen \\ tryggheten i parken efter mörkrets inbrott",
                "--date", "2026-11-10", "--start", "18:30", "--end", "20:45", "--place", "Fritidsgården, Ås; sal 2",
                "--dir", folder.path,
            ], environment: Self.zone)
        #expect(added.status == 0, "\(added.err)")
        return stem
    }

    func export(_ stem: String, _ arguments: [String], in folder: URL) throws -> ChildProcess.Result {
        try TingBinary.run(["export", stem, "--dir", folder.path] + arguments, environment: Self.zone)
    }

    @Test(
        .enabled(
            if: CalendarParsers.hasICalendar,
            "/usr/bin/python3 with icalendar is missing (apt-get install python3-icalendar): ICS not parsed"))
    func icsReadByICalendarHasEveryActivityPhaseAndRoundAsTheDialogueHasThem() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stem = try exampleLibrary(folder)
        let file = folder.appendingPathComponent("kalender.ics")
        let exported = try export(stem, ["--format", "ics", "-o", file.path], in: folder)
        #expect(exported.status == 0, "\(exported.err)")
        #expect(exported.out.isEmpty)

        let calendar = try CalendarParsers.parse(file)
        #expect(calendar.errors.isEmpty)
        #expect(calendar.version == "2.0" && calendar.calscale == "GREGORIAN" && calendar.prodid.hasPrefix("-//Ting//"))
        #expect(calendar.events.allSatisfy { $0.errors.isEmpty }, "\(calendar.events.flatMap(\.errors))")
        let uids = calendar.events.map(\.uid)
        #expect(Set(uids).count == uids.count, "UIDs are unique")

        let dialogue = try TingBinary.dialogue(stem, in: folder)
        var sweden = Calendar(identifier: .gregorian)
        sweden.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        let utc = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: TimeZone(identifier: "UTC")!)
        func iso(_ moment: Date) -> String { utc.format(moment).replacingOccurrences(of: "Z", with: "+00:00") }
        let dated = dialogue.planning.activities.filter { $0.date != nil }
        #expect(!dated.isEmpty)
        for activity in dated {
            let event = try #require(
                calendar.events.first { $0.uid.hasPrefix("aktivitet-\(activity.id).") }, "no event for \(activity.id)")
            #expect(event.summary == activity.title, "the title comes back unescaped, whole")
            #expect(event.location == activity.place)
            #expect(event.dtstamp?.hasSuffix("+00:00") == true, "DTSTAMP is UTC")
            let date = try #require(activity.date)
            guard let start = activity.start else {
                #expect(event.dtstart == date.description)
                continue
            }
            #expect(event.dtstart == iso(try #require(date.moment(at: start, calendar: sweden))))
            if let end = activity.end {
                let endDay = end < start ? date.nextDay : date
                #expect(event.dtend == iso(try #require(endDay.moment(at: end, calendar: sweden))))
            }
        }
        let night = try #require(calendar.events.first { $0.summary.hasPrefix("Kvällsmöte, med polisen;") })
        #expect(night.dtstart == "2026-11-10T17:30:00+00:00", "18:30 in Swedish winter time")
        #expect(night.dtend == "2026-11-10T19:45:00+00:00")
        #expect(night.location == "Fritidsgården, Ås; sal 2")

        for (phase, dates) in dialogue.phaseSchedule {
            guard let start = dates.start, let end = dates.end, start <= end else { continue }
            let event = try #require(calendar.events.first { $0.uid.hasPrefix("fas-\(phase.rawValue).") })
            #expect(event.dtstart == start.description)
            #expect(event.dtend == end.nextDay.description, "DTEND is the day after the last day")
            #expect(event.summary == "\(dialogue.title(of: phase)) – \(dialogue.title)")
        }
        for round in dialogue.followUp.feedbackRounds {
            if let planned = round.plannedOn {
                let event = try #require(
                    calendar.events.first { $0.uid.hasPrefix("aterkoppling-\(round.id)-planerad.") })
                #expect(event.dtstart == planned.description)
            }
        }
    }

    @Test(
        .enabled(
            if: CalendarParsers.hasICalendar,
            "/usr/bin/python3 with icalendar is missing (apt-get install python3-icalendar): ICS not parsed"))
    func theGoldenICSReadsBackWithItsLineBreaksEmojiAndLongLines() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../DialogueKitTests/Fixtures/exports/parken.ics").standardizedFileURL
        let calendar = try CalendarParsers.parse(golden)
        #expect(calendar.events.allSatisfy { $0.errors.isEmpty })
        let workshop = try #require(calendar.events.first { $0.uid.hasPrefix("aktivitet-a1.") })
        #expect(workshop.summary == "Workshop, barn; lek \\ rita")
        #expect(workshop.location == "Skolan, aula")
        #expect(workshop.description.hasSuffix("Tillgänglighet: Hörslinga\noch ramp"))
        #expect(workshop.dtstart == "2026-09-22T16:00:00+00:00")
        let evening = try #require(calendar.events.first { $0.uid.hasPrefix("aktivitet-a2.") })
        #expect(
            evening.summary
                == "Kvällsmöte om belysningen i parken efter mörkrets inbrott, med förvaltningen och polisen")
        #expect(calendar.events.first { $0.uid.hasPrefix("aktivitet-a3.") }?.summary == "Lekdag 🎈")
        #expect(calendar.events.first { $0.uid.hasPrefix("aktivitet-a5.") }?.status == "CANCELLED")
        let decision = try #require(calendar.events.first { $0.uid.hasPrefix("fas-decision.") })
        #expect(decision.dtstart == "2026-06-01" && decision.dtend == "2026-07-01")
    }

    @Test(.enabled(if: CalendarParsers.hasCalcurse, "calcurse is missing (apt-get install calcurse): ICS not imported"))
    func calcurseImportsEveryEventWithoutSkippingAny() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stem = try exampleLibrary(folder)
        let file = folder.appendingPathComponent("kalender.ics")
        #expect(try export(stem, ["--format", "ics", "-o", file.path], in: folder).status == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        let events = text.components(separatedBy: "BEGIN:VEVENT").count - 1
        let timed = text.components(separatedBy: "\r\nDTSTART:").count - 1

        let calendarFolder = folder.appendingPathComponent("calcurse")
        try FileManager.default.createDirectory(at: calendarFolder, withIntermediateDirectories: true)
        let imported = try CalendarParsers.calcurseImport(file, into: calendarFolder, zone: "Europe/Stockholm")
        // "6 apps / 9 events / 0 todos / 0 skipped": timed activities are appointments, whole days events.
        #expect(
            imported.report.contains("\(timed) apps / \(events - timed) events / 0 todos / 0 skipped"),
            "\(imported.report)")
        #expect(imported.appointments.contains("11/10/2026 @ 18:30 -> 11/10/2026 @ 20:45"), "\(imported.appointments)")
        #expect(imported.appointments.contains("|Kvällsmöte, med polisen; om belysningen \\ tryggheten i parken"))
    }

    @Test func anExistingFileIsRefusedWithoutForceAndReplacedWithIt() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stem = try TingBinary.newDialogue(["--example"], in: folder)
        let out = folder.appendingPathComponent("ut")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let file = out.appendingPathComponent("underlag.csv")
        try Data("mitt eget arbete".utf8).write(to: file)

        let refused = try export(stem, ["--format", "csv", "-o", file.path], in: folder)
        #expect(refused.status == 1)
        #expect(refused.out.isEmpty)
        #expect(
            refused.err
                == "\(file.path) finns redan och lämnades orörd; välj ett annat filnamn, eller ersätt filen med --force.\n"
        )
        #expect(try Data(contentsOf: file) == Data("mitt eget arbete".utf8), "the file is unchanged")

        let before = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        let forced = try export(stem, ["--format", "csv", "-o", file.path, "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.err)")
        let written = try Data(contentsOf: file)
        #expect(written.starts(with: [0xEF, 0xBB, 0xBF] + Array("id;text;kategori;".utf8)))
        let after = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        #expect(after != before, "replaced by a rename, not written in place")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["underlag.csv"], "no temp file left")

        let stdout = try export(stem, ["--format", "csv"], in: folder)
        #expect(stdout.status == 0)
        #expect(stdout.outBytes == written, "stdout into a pipe gets the very bytes of the file")
    }

    @Test func formatsWhatAndFoldersAreCheckedWithOneSentence() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stem = try TingBinary.newDialogue(["--example"], in: folder)

        let missing = folder.appendingPathComponent("saknas/rapport.html").path
        let noFolder = try export(stem, ["-o", missing], in: folder)
        #expect(noFolder.status == 1)
        #expect(noFolder.err.hasPrefix("Mappen \(folder.path)/saknas finns inte, så \(missing) kunde inte skrivas"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("saknas").path))

        let badFormat = try export(stem, ["--format", "xlsx"], in: folder)
        #expect(badFormat.status == 1)
        #expect(badFormat.err == "'xlsx' är inget exportformat i --format; välj md, html, ics, csv eller json.\n")
        let noFormat = try export(stem, [], in: folder)
        #expect(noFormat.status == 1 && noFormat.err.hasPrefix("Ange formatet med --format"))
        let whatWithoutCSV = try export(stem, ["--format", "ics", "--what", "goals"], in: folder)
        #expect(whatWithoutCSV.status == 1 && whatWithoutCSV.err.hasPrefix("--what väljer tabell bara i en csv-export"))
        let badWhat = try export(stem, ["--format", "csv", "--what", "risks"], in: folder)
        #expect(badWhat.status == 1 && badWhat.err.hasPrefix("'risks' är ingen tabell i --what"))

        // The format follows -o's extension; each format's first bytes say what it is.
        let html = folder.appendingPathComponent("rapport.html")
        #expect(try export(stem, ["-o", html.path], in: folder).status == 0)
        #expect(try String(contentsOf: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let markdown = try export(stem, ["--format", "md"], in: folder)
        #expect(markdown.status == 0 && markdown.out.hasPrefix("# "))
        let goals = try export(stem, ["--format", "csv", "--what", "goals"], in: folder)
        #expect(goals.outBytes.starts(with: Data("\u{FEFF}id;typ;mål;".utf8)))
        let json = try export(stem, ["--format", "json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(object?["format"] as? String == "ting-dialog")
        #expect((object?["inputs"] as? [Any])?.isEmpty == false)
    }
}
