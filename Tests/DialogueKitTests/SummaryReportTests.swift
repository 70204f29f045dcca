import DialogueKit
import Foundation
import Testing

/// `SummaryReport`: one model of the summary report, and its Markdown, HTML and text renderings.
@Suite struct SummaryReportTests {
    let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC
    let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!
    let calendar = Calendar.swedish

    var today: LocalDate { LocalDate(now, calendar: calendar) }

    private func report(_ dialogue: Dialogue) -> SummaryReport {
        SummaryReport(dialogue: dialogue, today: today, calendar: calendar)
    }

    @Test func vanersborgsSixContentsComeFirstInTheirOrderThenTingsRecords() {
        let headings = report(ExampleDialogue.make(template: helsingborg, now: now)).sections.map(\.heading)
        #expect(Array(headings.prefix(6)) == ReportTopic.allCases.map(\.heading))
        for record in ["Beslut", "Mål och utfall", "Underlaget", "Återkoppling", "Frågor utanför dialogen"] {
            #expect(headings.contains(record), "\(record) is missing")
        }
    }

    @Test func aTopicTakesTheAnswerOfTheItemTaggedWithIt() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Parken", now: now)
        let (phase, index) = try #require(firstQuestion(in: dialogue))
        dialogue.phases[phase].items[index].report = .wentWell
        let itemID = dialogue.phases[phase].items[index].id
        try dialogue.apply(.response("Workshopen med barnen."), to: itemID, by: "test", at: now)
        let section = try #require(report(dialogue).sections.first { $0.heading == ReportTopic.wentWell.heading })
        #expect(section.blocks == [.paragraph("Workshopen med barnen.")])
    }

    @Test func aTopicNoAnswerGivesSaysSoHonestly() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Parken", now: now)
        for phase in dialogue.phases.indices {
            for index in dialogue.phases[phase].items.indices { dialogue.phases[phase].items[index].report = nil }
        }
        let (phase, index) = try #require(firstQuestion(in: dialogue))
        dialogue.phases[phase].items[index].report = .results
        let item = dialogue.phases[phase].items[index]
        let sections = report(dialogue).sections
        let results = try #require(sections.first { $0.heading == ReportTopic.results.heading })
        #expect(results.blocks.first == .paragraph("Ej besvarat i checklistan: ”\(item.text)” (\(item.id))."))
        let lessWell = try #require(sections.first { $0.heading == ReportTopic.wentLessWell.heading })
        #expect(lessWell.blocks.first == .paragraph("Ej besvarat: mallen har ingen punkt för detta."))
    }

    @Test func emptyFactsSayEjIfylltAndTodayIsTheReportsDate() {
        let dialogue = Dialogue(template: helsingborg, title: "Parken", now: now)
        let facts = report(dialogue).metadata
        #expect(facts.first { $0.label == "Frågan" }?.value == "ej ifyllt")
        #expect(facts.first { $0.label == "Sammanställd" }?.value == "2026-03-01")
    }

    @Test func surveySharesAreWholePercentsOfThoseWhoAnswered() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Parken", now: now)
        dialogue.followUp.evaluation.participantSurvey = ParticipantSurvey(statements: [
            SurveyStatement(id: "p1", text: "Jag vill delta igen", counts: ["helt": 2, "delvis": 1])
        ])
        let section = try #require(report(dialogue).sections.first { $0.heading == "Deltagarnas utvärdering" })
        guard case .table(let table) = section.blocks.first else {
            Issue.record("no table")
            return
        }
        #expect(
            table.columns == ["Påstående", "Instämmer helt", "Instämmer delvis", "Instämmer inte", "Vet ej", "Svar"])
        #expect(table.rows == [["Jag vill delta igen", "2 (67 %)", "1 (33 %)", "0 (0 %)", "0 (0 %)", "3"]])
    }

    @Test func aTableRowIsPaddedOrCutToItsColumns() {
        let table = SummaryReport.Table(caption: "T", columns: ["A", "B"], rows: [["1"], ["1", "2", "3"]])
        #expect(table.rows == [["1", ""], ["1", "2"]])
    }

    // MARK: Markdown

    @Test func markdownEscapesMarkupAndPipesInCells() {
        let report = SummaryReport(
            title: "A *b* | c", metadata: [],
            sections: [
                .init(
                    "S",
                    blocks: [
                        .paragraph("# not a heading\n- not a list\n1. not a number <b>&amp;</b>"),
                        .table(.init(caption: "T", columns: ["x|y"], rows: [["a | b\nc"]])),
                    ])
            ])
        let markdown = report.markdown()
        #expect(markdown.hasPrefix("# A \\*b\\* \\| c\n"))
        #expect(markdown.contains("\\# not a heading\\\n\\- not a list\\\n1\\. not a number \\<b\\>\\&amp;\\</b\\>"))
        #expect(markdown.contains("| x\\|y |\n| --- |\n| a \\| b<br>c |"))
    }

    @Test func markdownHeadingsGoDownOneLevelAtATime() {
        let markdown = report(ExampleDialogue.make(template: helsingborg, now: now)).markdown()
        let levels = markdown.components(separatedBy: "\n").compactMap { line -> Int? in
            let hashes = line.prefix { $0 == "#" }.count
            return hashes > 0 && line.dropFirst(hashes).first == " " ? hashes : nil
        }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 })
    }

    // MARK: HTML

    @Test func htmlEscapesEverythingAndShowsControlCharacters() {
        let report = SummaryReport(
            title: "<script>alert('x')</script>", metadata: [.init("A&B", "\"q\"")],
            sections: [.init("S", blocks: [.paragraph("rad 1\nrad 2\u{1B}[31m")])])
        let html = report.html()
        #expect(!html.contains("<script>"))
        #expect(html.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h1>"))
        #expect(html.contains("<dt>A&amp;B</dt><dd>&quot;q&quot;</dd>"))
        #expect(html.contains("<p>rad 1<br>\nrad 2␛[31m</p>"))
    }

    @Test func htmlIsSelfContainedSwedishAndPrintsOnA4() {
        let html = report(ExampleDialogue.make(template: helsingborg, now: now)).html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("break-after: avoid"))
        for external in ["<link", "<script", "src=", "href=", "url(", "@import"] {
            #expect(!html.contains(external), "\(external) refers outside the file")
        }
    }

    @Test func htmlTablesHaveCaptionsAndHeaderCells() {
        let table = SummaryReport.Table(caption: "Mål", columns: ["Mål", "Uppfyllt"], rows: [["Fler barn", "ja"]])
        let html = SummaryReport(title: "T", metadata: [], sections: [.init("S", blocks: [.table(table)])]).html()
        #expect(
            html.contains(
                "<table>\n<caption>Mål</caption>\n<thead>\n<tr>\n<th scope=\"col\">Mål</th>\n"
                    + "<th scope=\"col\">Uppfyllt</th>\n</tr>\n</thead>\n<tbody>\n"
                    + "<tr><th scope=\"row\">Fler barn</th><td>ja</td></tr>\n</tbody>\n</table>"))
    }

    // MARK: Text

    @Test func textFitsItsWidthAndTellsTablesAsEntries() {
        let lines = report(ExampleDialogue.make(template: helsingborg, now: now)).text(width: 60)
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines.filter { $0.count > 60 })")
        #expect(lines[0] == ExampleDialogue.title)
        #expect(lines[1].allSatisfy { $0 == "=" })
        #expect(lines.contains("    Uppfyllt: ej bedömt") || lines.contains { $0.hasPrefix("    Uppfyllt: ") })
    }

    private func firstQuestion(in dialogue: Dialogue) -> (Int, Int)? {
        for (phase, checklist) in dialogue.phases.enumerated() {
            if let index = checklist.items.firstIndex(where: { $0.kind == .question }) { return (phase, index) }
        }
        return nil
    }
}
