import Foundation
import Testing

/// A real HTML parser for the tests: html5lib (the WHATWG parsing algorithm, Debian's python3-html5lib) run by
/// `/usr/bin/python3` in strict mode, reporting what the tests check of a document.
enum HTMLParser {
    static let python = "/usr/bin/python3"

    /// What html5lib found in a document.
    struct Result: Decodable {
        /// Parse errors, strict mode's first one leading; empty for a well-formed document.
        var errors: [String]
        /// The `lang` of the `html` element.
        var lang: String?
        /// The level of every heading, in document order.
        var headings: [Int]
        var tables: Int
        var tablesWithoutCaption: Int
        var tablesWithoutHeader: Int
        var thWithoutScope: Int
        /// Elements or styles that would load something from outside the file.
        var external: [String]
    }

    /// Whether python3 with html5lib is installed here.
    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        return (try? run(["-c", "import html5lib"], input: Data()))?.status == 0
    }()

    /// Why the HTML-parsing tests are skipped.
    static let absence = Comment(rawValue: "\(python) with html5lib is absent (apt-get install python3-html5lib)")

    static func check(_ html: String) throws -> Result {
        let (status, output, errorOutput) = try run(["-c", script], input: Data(html.utf8))
        guard status == 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "html5lib failed: \(errorOutput)"])
        }
        return try JSONDecoder().decode(Result.self, from: output)
    }

    private static func run(_ arguments: [String], input: Data) throws -> (status: Int32, output: Data, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, String(decoding: error, as: UTF8.self))
    }

    private static let script = #"""
        import json, re, sys
        import html5lib
        data = sys.stdin.buffer.read()
        errors = []
        try:
            html5lib.HTMLParser(strict=True).parse(data)
        except html5lib.html5parser.ParseError as error:
            errors.append("strict: " + str(error))
        parser = html5lib.HTMLParser(namespaceHTMLElements=False)
        root = parser.parse(data)
        errors += ["%s at %s" % (code, position) for position, code, _ in parser.errors]
        headings = [int(e.tag[1]) for e in root.iter() if re.fullmatch(r"h[1-6]", str(e.tag))]
        tables = [e for e in root.iter("table")]
        def header(table):
            return any(th is not None for head in table.iter("thead") for th in head.iter("th"))
        external = [e.tag for e in root.iter() if e.tag in ("link", "script", "img", "iframe", "object", "embed")]
        external += ["%s@%s" % (e.tag, a) for e in root.iter() for a in ("src", "href") if e.get(a) is not None]
        external += ["style: " + m for e in root.iter("style") for m in re.findall(r"url\(|@import", e.text or "")]
        json.dump({
            "errors": errors,
            "lang": root.get("lang"),
            "headings": headings,
            "tables": len(tables),
            "tablesWithoutCaption": sum(1 for t in tables if len(t) == 0 or t[0].tag != "caption"),
            "tablesWithoutHeader": sum(1 for t in tables if not header(t)),
            "thWithoutScope": sum(1 for th in root.iter("th") if th.get("scope") not in ("col", "row")),
            "external": external,
        }, sys.stdout)
        """#
}
