import DialogueKit
import Foundation
import Testing

/// The Rapport panel in the real binary: the example's report previewed, exported as HTML to the folder ting
/// was started in, refused over an existing file until confirmed, and the file read by a real HTML parser.
@Suite(.serialized)
struct ReportEndToEndTests {
    /// Debian's python3-html5lib, which the test reads the exported file with.
    static let hasHTML5lib = FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/html5lib")

    @Test(.enabled(if: hasHTML5lib, "/usr/bin/python3 with html5lib is absent (apt-get install python3-html5lib)"))
    func previewTheReportAndExportItAsHTML() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appendingPathComponent("bibliotek")
        let documents = folder.appendingPathComponent("dokument")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        _ = try TingBinary.newDialogue(["--example"], in: library)
        let dialogue = try TingBinary.onlyDialogue(in: library)
        let name = DialogueExport.suggestedFileName(for: dialogue, format: .html, table: .inputs)
        let file = documents.appendingPathComponent(name)
        do {
            // Started in the documents folder, as a user starts ting where they keep their files.
            let start =
                "cd \(TmuxSession.quote(documents.path)) && exec \(TmuxSession.quote(TingBinary.path)) --dir "
                + TmuxSession.quote(library.path)
            let command = "sh -c \(TmuxSession.quote(start))"
            let tui = try TmuxSession(command: command, environment: TmuxSession.terminalEnvironment(home: folder))
            try tui.openDialogue(ExampleDialogue.title)
            try tui.send("5")
            try tui.waitFor("Utvärdering")
            // Rapport is the last panel of Utvärdering: step back to it from the checklist.
            try tui.send("[")
            try tui.waitFor("Sammanfattande rapport – förhandsvisning")
            try tui.waitFor("Processen i korthet")
            try tui.send("PageDown")
            try tui.waitForAbsence("Processen i korthet")
            try tui.send("e")
            try tui.waitFor("Exportera – välj format")
            try tui.send("Enter")
            try tui.waitFor(documents.path)
            try tui.send("Enter")
            try tui.waitFor("Exporterade")
            #expect(FileManager.default.fileExists(atPath: file.path))
            // Again: the file exists, so it asks; n keeps it and goes back to the name, Esc leaves.
            try tui.send("e", "Enter", "Enter")
            try tui.waitFor("Filen finns redan")
            try tui.send("n")
            try tui.waitForAbsence("Filen finns redan")
            try tui.send("Escape")
            try tui.send("q")
            try tui.waitFor("Ting · Invånardialoger")
            try tui.send("q")
        }
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1>\(ExampleDialogue.title)</h1>"))
        let parsed = try ChildProcess.run(
            [
                "/usr/bin/python3", "-c",
                "import html5lib,sys; html5lib.HTMLParser(strict=True).parse(open(sys.argv[1],'rb'))", file.path,
            ])
        #expect(parsed.status == 0, "html5lib: \(parsed.err)")
    }
}
