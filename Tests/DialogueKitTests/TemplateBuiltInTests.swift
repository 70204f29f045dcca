import DialogueKit
import Foundation
import Testing

/// The copies built into the binary are exactly the files in `templates/`.
@Suite struct TemplateBuiltInTests {
    @Test func builtInCopiesEqualTheFilesByteForByte() throws {
        let folder = TemplateTestSupport.repoRoot.appendingPathComponent("templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        let refresh = "run scripts/embed-templates.sh to refresh the copies in Sources/DialogueKit/Template/BuiltIn"
        #expect(!names.isEmpty)
        #expect(BuiltInTemplates.files.map(\.name) == names, "templates/ and the built-in list differ; \(refresh)")
        for file in BuiltInTemplates.files {
            let onDisk = try Data(contentsOf: folder.appendingPathComponent(file.name))
            #expect(Data(file.text.utf8) == onDisk, "the built-in copy of templates/\(file.name) is stale; \(refresh)")
        }
    }

    @Test func everyBuiltInTemplateParses() {
        #expect(BuiltInTemplates.all.count == BuiltInTemplates.files.count)
        #expect(Set(BuiltInTemplates.all.map(\.id)).count == BuiltInTemplates.all.count)
    }
}
