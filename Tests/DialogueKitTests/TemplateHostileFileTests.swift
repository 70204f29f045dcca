import DialogueKit
import Foundation
import Testing

/// Template files written to break the parser: each is refused with the file, line and column,
/// never a crash, a hang or a message that quotes a huge value whole.
@Suite struct TemplateHostileFileTests {
    private func error(parsing text: String) throws -> TemplateError {
        do {
            _ = try Template(toml: text, file: "fientlig.toml")
        } catch {
            return error
        }
        Issue.record("the template parsed")
        throw CancellationError()
    }

    /// toml++ asserted (an abort) on a table header starting with a letter outside ASCII.
    @Test(arguments: ["[Ämne]", "[åtgärder]", "[€]", "[[Ämne]]", "[[[1]]]", "[ Ö ]"])
    func aTableHeaderThatStartsOutsideASCIIIsASyntaxError(header: String) throws {
        let text = TemplateTestSupport.minimalTemplate() + "\n\(header)\nnamn = \"x\"\n"
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == header }
        let error = try error(parsing: text)
        guard case .syntax(let message) = error.problem else {
            Issue.record("not a syntax error: \(error)")
            return
        }
        #expect(message.contains("expected bare key starting character"), "\(message)")
        #expect(error.line == line.map { $0 + 1 })
        #expect(error.column != nil)
        #expect(error.description.contains("citattecken"), "the fix should say to quote the key: \(error)")
    }

    @Test func aQuotedNonASCIIHeaderIsFine() throws {
        let text = TemplateTestSupport.minimalTemplate() + "\n[\"Ämne\"]\nnamn = \"x\"\n"
        guard case .unknownKey(let key, _) = try error(parsing: text).problem else {
            Issue.record("expected the unknown table to be named")
            return
        }
        #expect(key == "Ämne")
    }

    /// 20,000 dotted parts: 13 s in the source locator before, a stack overflow in toml++ at 30,000.
    @Test(arguments: [20_000, 500_000])
    func aDeepDottedHeaderIsRefusedByDepth(parts: Int) throws {
        let header = "[" + Array(repeating: "a", count: parts).joined(separator: ".") + "]"
        let error = try error(parsing: header + "\n")
        #expect(error.line == 1)
        #expect(error.description.contains("exceeded maximum dotted key depth of 64"), "\(error)")
        #expect(error.description.utf8.count < 1_000)
    }

    @Test func deeplyNestedValuesAreRefusedByDepth() throws {
        let text = "a = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(try error(parsing: text).description.contains("exceeded maximum nested value depth"))
    }

    @Test func aHugeValueIsQuotedAsAnExcerpt() throws {
        let huge = "a" + String(repeating: "\u{301}", count: 1_000_000)
        let text = TemplateTestSupport.minimalTemplate().replacingOccurrences(
            of: "kind = \"gate\"", with: "kind = \"\(huge)\"")
        let error = try error(parsing: text)
        guard case .unknownValue(let key, _, _) = error.problem else {
            Issue.record("expected an unknown kind: \(error)")
            return
        }
        #expect(key == "kind")
        #expect(error.description.utf8.count < 2_000, "\(error.description.utf8.count) bytes")
        #expect(error.description.contains("…"))
    }

    @Test func aHugeKeyIsQuotedAsAnExcerpt() throws {
        let key = String(repeating: "k", count: 100_000)
        let error = try error(parsing: TemplateTestSupport.minimalTemplate() + "\n\(key) = 1\n")
        #expect(error.description.utf8.count < 2_000, "\(error.description.utf8.count) bytes")
    }

    @Test func aBrokenUserTemplateIsAProblemAndTheOthersStillLoad() throws {
        let folder = try TemplateTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id = \"x\"\n[Ämne]\n".utf8).write(to: folder.appendingPathComponent("a-trasig.toml"))
        try Data(TemplateTestSupport.minimalTemplate(id: "egen").utf8).write(
            to: folder.appendingPathComponent("b-egen.toml"))
        let catalog = TemplateCatalog(userDirectories: [folder])
        #expect(catalog.template(id: "egen") != nil)
        #expect(catalog.problems.count == 1)
        #expect(catalog.problems.first?.line == 2)
        #expect(catalog.problems.first?.file.hasSuffix("a-trasig.toml") == true)
    }

    @Test func aNamedPipeInTheTemplateFolderIsAProblemNotAHang() throws {
        let folder = try TemplateTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("ror.toml").path, 0o644) == 0)
        let catalog = TemplateCatalog(userDirectories: [folder])
        #expect(catalog.templates == BuiltInTemplates.all)
        #expect(catalog.problems.first?.description.contains("ingen vanlig fil") == true)
    }
}
