import Foundation
import SwiftCSV
import Testing

@testable import DialogueKit

/// The tables as CSV for Swedish Excel, read back by a real CSV parser (SwiftCSV), and their goldens.
struct ExportCSVTests {
    let dialogue = ExportFixtures.dialogue()

    func csv(_ table: ExportTable) throws -> Data {
        try DialogueExport.data(
            of: dialogue, format: .csv, table: table, now: ExportFixtures.now, calendar: ExportFixtures.calendar)
    }

    /// The rows as SwiftCSV reads them (byte order mark taken off, `;` as the separator), header first.
    func readBack(_ data: Data) throws -> [[String]] {
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with a byte order mark, for Excel")
        let text = String(decoding: data, as: UTF8.self)
        let parsed = try CSV<Enumerated>(string: String(text.dropFirst()), delimiter: .semicolon, loadColumns: false)
        return [parsed.header] + parsed.rows
    }

    @Test(arguments: ExportTable.allCases) func matchesTheGolden(_ table: ExportTable) throws {
        ExportGolden.assertMatches(try csv(table), named: "parken-\(table.fileNamePart).csv")
    }

    @Test func inputsReadBackWithEveryCellWholeAndFormulasNeutralised() throws {
        let rows = try readBack(try csv(.inputs))
        #expect(
            rows[0] == [
                "id", "text", "kategori", "teman", "målgrupp", "aktivitet", "tid", "svar", "skäl", "vidare till",
                "beslut", "svaret gäller", "dubblett av", "dold",
            ])
        #expect(rows.count == 1 + dialogue.inputs.count, "every input, hidden ones too")
        #expect(rows.dropFirst().allSatisfy { $0.count == rows[0].count })
        let first = rows[1]
        #expect(first[0] == "i1")
        #expect(
            first[1] == "Fler gungor, tack; och \"bänkar\"\r\nför äldre"
                || first[1] == "Fler gungor, tack; och \"bänkar\"\nför äldre")
        #expect(first[2] == "Konkreta förslag")
        #expect(first[3] == "lek, trygghet")
        #expect(first[4] == "Barn 6–12 år")
        #expect(first[5] == "Workshop, barn; lek \\ rita")
        #expect(first[6] == "2026-09-22T18:40:00+02:00", "ISO 8601 with the offset of the calendar's zone")
        #expect(first[7] == "genomförs")
        #expect(first[8] == "Ingår i budget 2027")
        #expect(first[10] == "Kultur- och fritidsnämnden 2026-11-20 § 45")
        #expect(first[11] == "eget svar")
        // OWASP: a cell a spreadsheet would run as a formula starts with ' instead.
        #expect(rows[2][1] == "'=HYPERLINK(\"http://example.com\",\"klick\")")
        #expect(rows[3][1] == "'-1+2")
        #expect(rows[4][1] == "'@SUM(A1)")
        #expect(rows[5][1] == "'\tTab först")
        #expect(rows[6][1] == "'+46 70 123 45 67 ring mig")
        #expect(rows[6][13] == "Telefonnummer; personuppgift", "a hidden input says why")
        #expect(rows[3][7...8] == ["beaktas", "Belysning, utreds 2027"], "the theme's response applies")
        #expect(rows[3][11] == "temat trygghet")
        #expect(rows[7][12] == "i1")
        #expect(rows[7][7] == "genomförs" && rows[7][11] == "samma som i1", "a duplicate has its original's response")
        #expect(rows[7][6] == "2026-11-10T22:15:00+01:00", "winter time after the change")
    }

    @Test func linesEndInCRLFAndCellsAreQuotedOnlyWhenTheyMustBe() throws {
        let text = String(decoding: try csv(.inputs), as: UTF8.self)
        // A line break inside a quoted cell stays as the input has it (Excel shows it as one cell's new line).
        let outsideQuotes = text.replacingOccurrences(of: "\"[^\"]*\"", with: "", options: .regularExpression)
        let bytes = Array(outsideQuotes.utf8)
        for (index, byte) in bytes.enumerated() where byte == 10 {
            #expect(index > 0 && bytes[index - 1] == 13, "a bare LF at byte \(index)")
        }
        #expect(text.contains("\r\ni1;\"Fler gungor, tack; och \"\"bänkar\"\"\nför äldre\";Konkreta förslag;"))
        #expect(text.contains("\r\ni4;'@SUM(A1);"))
    }

    @Test func cellRulesOneByOne() {
        #expect(CSVDocument.cell("vanlig text") == "vanlig text")
        #expect(CSVDocument.cell("a;b") == "\"a;b\"")
        #expect(CSVDocument.cell("sa \"hej\"") == "\"sa \"\"hej\"\"\"")
        #expect(CSVDocument.cell("rad\nrad") == "\"rad\nrad\"")
        #expect(CSVDocument.cell("=1+1") == "'=1+1")
        #expect(CSVDocument.cell("+1") == "'+1")
        #expect(CSVDocument.cell("-1") == "'-1")
        #expect(CSVDocument.cell("@x") == "'@x")
        #expect(CSVDocument.cell("\tx") == "'\tx")
        #expect(CSVDocument.cell("\rx") == "\"'\rx\"")
        #expect(CSVDocument.cell("=a;\"b\"") == "\"'=a;\"\"b\"\"\"")
        #expect(CSVDocument.cell("a=b") == "a=b", "only a first character counts")
        #expect(CSVDocument.cell("") == "")
    }

    @Test func goalsGroupsAndActivitiesReadBack() throws {
        let goals = try readBack(try csv(.goals))
        #expect(goals[0] == ["id", "typ", "mål", "indikatorer", "datainsamling", "utfall", "uppfyllt"])
        #expect(goals[1] == ["m1", "Processmål", "Nå 40 barn", "antal deltagare", "närvaro", "38 barn", "delvis"])
        #expect(goals[2][2] == "'=1+1 är ingen formel")

        let groups = try readBack(try csv(.groups))
        #expect(
            groups[1] == [
                "g1", "Barn 6–12 år", "", "hög", "låg", "1", "ja", "brist på kunskap", "skolan, QR-koder", "", "40",
            ])
        #expect(groups[2][1] == "Föräldrar; vårdnadshavare")

        let activities = try readBack(try csv(.activities))
        #expect(activities[0].count == 14)
        #expect(
            activities[1][0...7] == [
                "a1", "Workshop, barn; lek \\ rita", "Workshop", "Genomförande", "genomförd",
                "2026-09-22", "18:00", "19:30",
            ])
        #expect(activities[1][12] == "38")
        #expect(activities.count == 1 + dialogue.planning.activities.count, "undated activities too")
    }
}
