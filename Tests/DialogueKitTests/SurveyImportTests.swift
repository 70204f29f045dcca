import DialogueKit
import Foundation
import Testing

/// Survey exports as the municipalities' tools write them, read into answers with their lines, and
/// every malformed one refused with the line and nothing taken from it.
@Suite struct SurveyImportTests {
    private func read(_ csv: String, column: String? = nil) throws(SurveyImportError) -> SurveyImport {
        try SurveyImport(csv: csv, file: "enkät.csv", column: column)
    }

    private func failure(_ csv: String, column: String? = nil) -> SurveyImportError? {
        do {
            _ = try read(csv, column: column)
            return nil
        } catch {
            return error
        }
    }

    @Test func aSemicolonFileWithAByteOrderMarkAndQuotedLineBreaksKeepsEveryWord() throws {
        let csv = "\u{FEFF}id;svar\n1;\"Mer ljus\ni parken; tack\"\n2;Fler bänkar\n3;\"Han sa \"\"hej\"\"\"\n"
        let survey = try read(csv)
        #expect(survey.columns == ["id", "svar"])
        #expect(survey.column == "svar")
        #expect(
            survey.answers == [
                SurveyAnswer(text: "Mer ljus\ni parken; tack", line: 2),
                SurveyAnswer(text: "Fler bänkar", line: 4),
                SurveyAnswer(text: "Han sa \"hej\"", line: 5),
            ])
    }

    @Test func windowsLineBreaksCountAsOneLineAndBecomeNewlines() throws {
        let survey = try read("tid,synpunkt\r\n10:00,\"två\r\nrader\"\r\n10:05,en rad\r\n")
        #expect(survey.answers == [SurveyAnswer(text: "två\nrader", line: 2), SurveyAnswer(text: "en rad", line: 4)])
    }

    @Test func theOnlyColumnIsTheTextAndItsCommasNeedNoQuotes() throws {
        let survey = try read("Vad vill du se i parken?\nBänkar, gärna\nLjus\n")
        #expect(survey.column == "Vad vill du se i parken?")
        #expect(survey.answers.map(\.text) == ["Bänkar, gärna", "Ljus"])
    }

    @Test func columnIsChosenByNameIgnoringCase() throws {
        let survey = try read("Id,Fråga 1,Fråga 2\n1,ja,Mer grönska\n", column: "fråga 2")
        #expect(survey.column == "Fråga 2")
        #expect(survey.answers == [SurveyAnswer(text: "Mer grönska", line: 2)])
    }

    @Test func blankAnswersAreCountedAndBlankLinesSkipped() throws {
        let survey = try read("id,Svar\n1,\n\n3,Trygghet\n4,   \n")
        #expect(survey.answers == [SurveyAnswer(text: "Trygghet", line: 4)])
        #expect(survey.blankLines == [2, 5])
    }

    @Test func emptyTrailingFieldsAreNoExtraColumns() throws {
        let survey = try read("id;svar;\n1;Ja tack;;\n")
        #expect(survey.answers.map(\.text) == ["Ja tack"])
    }

    @Test func excelsSeparatorLineNamesTheSeparatorAndIsNoRow() throws {
        let survey = try read("\u{FEFF}sep=;\r\nid;svar\r\n1;Ljus, gärna\r\n2;Bänkar\r\n")
        #expect(survey.columns == ["id", "svar"])
        #expect(survey.answers == [SurveyAnswer(text: "Ljus, gärna", line: 3), SurveyAnswer(text: "Bänkar", line: 4)])
        #expect(failure("sep=,\nsvar\n\"öppen\n") == .unclosedQuote(file: "enkät.csv", line: 3))
        #expect(failure("sep=;\n") == .empty(file: "enkät.csv"))
    }

    @Test func anEmptyFileIsRefused() {
        #expect(failure("") == .empty(file: "enkät.csv"))
        #expect(failure("\u{FEFF}\n\n") == .empty(file: "enkät.csv"))
    }

    @Test func aHeaderWithoutAnswersIsRefused() {
        #expect(failure("id,svar\n1,\n") == .noAnswers(file: "enkät.csv", column: "svar"))
    }

    @Test func aMissingColumnNamesTheColumnsThereAre() {
        let error = failure("id,svar\n1,ja\n", column: "kommentar")
        #expect(error == .noSuchColumn(file: "enkät.csv", name: "kommentar", columns: ["id", "svar"]))
        #expect(error?.description.contains("--column") == true)
        #expect(failure("id,kommentar\n1,ja\n") == .noTextColumn(file: "enkät.csv", columns: ["id", "kommentar"]))
    }

    @Test func twoPossibleTextColumnsAreRefused() {
        #expect(failure("svar,text\na,b\n") == .ambiguousColumn(file: "enkät.csv", matches: ["svar", "text"]))
        #expect(
            failure("Svar,svar\na,b\n", column: "SVAR")
                == .ambiguousColumn(file: "enkät.csv", matches: ["Svar", "svar"]))
    }

    @Test func aQuoteInsideAnUnquotedFieldNamesTheLine() {
        let error = failure("id,svar\n1,ok\n2,\"två\nrader\"\n3,en 5\" skärm\n4,ok\n")
        #expect(error == .misplacedQuote(file: "enkät.csv", line: 5))
        #expect(error?.description.hasPrefix("enkät.csv, rad 5: ") == true)
    }

    @Test func textAfterAClosingQuoteIsRefusedNotSwallowed() {
        #expect(failure("id,svar\n1,\"abc\"x\n2,ok\n") == .misplacedQuote(file: "enkät.csv", line: 2))
    }

    @Test func aQuoteNeverClosedNamesTheLineItOpensOn() {
        #expect(failure("id,svar\n1,ok\n2,\"öppen\n3,ok\n") == .unclosedQuote(file: "enkät.csv", line: 3))
        #expect(failure("svar\nabc\"") == .unclosedQuote(file: "enkät.csv", line: 2))
    }

    @Test func moreFieldsThanColumnsNamesTheLineAndTheSeparator() {
        let error = failure("id,svar\n1,Mer ljus, tack\n")
        #expect(error == .tooManyFields(file: "enkät.csv", line: 2, fields: 3, columns: 2, separator: ","))
        #expect(error?.description.contains("innehåller ,") == true)
    }

    @Test func aFileThatIsNotUTF8IsRefusedWithTheFix() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("latin1.csv")
        try Data([0x73, 0x76, 0x61, 0x72, 0x0A, 0x62, 0xE4, 0x6E, 0x6B, 0x0A]).write(to: url)
        #expect(throws: SurveyImportError.unreadable(file: "latin1.csv", reason: .notUTF8)) {
            try SurveyImport.read(contentsOf: url, shownAs: "latin1.csv", column: nil)
        }
        #expect(SurveyImportError.unreadable(file: "latin1.csv", reason: .notUTF8).description.contains("UTF-8"))
    }

    @Test func aFileOnDiskIsReadWithItsByteOrderMark() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("enkät.csv")
        try Data("\u{FEFF}Svar\nÅäö\n".utf8).write(to: url)
        let survey = try SurveyImport.read(contentsOf: url, shownAs: "enkät.csv", column: "svar")
        #expect(survey.answers == [SurveyAnswer(text: "Åäö", line: 2)])
    }
}
