import DialogueKit
import Foundation
import Testing

/// The templates SwiftPM builds into the binary are exactly the files in `templates/`.
@Suite struct TemplateBuiltInTests {
    @Test func theBuiltInListNamesEveryFileAndHoldsItsBytes() throws {
        let folder = TemplateTestSupport.repoRoot.appendingPathComponent("templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(!names.isEmpty)
        #expect(
            BuiltInTemplates.files.map(\.name) == names,
            "templates/ and BuiltInTemplates.files differ; list each file in BuiltInTemplates+Files.swift")
        for file in BuiltInTemplates.files {
            let onDisk = try Data(contentsOf: folder.appendingPathComponent(file.name))
            #expect(Data(file.text.utf8) == onDisk, "the built-in templates/\(file.name) differs from the file")
        }
    }

    @Test func everyBuiltInTemplateParses() {
        #expect(BuiltInTemplates.all.count == BuiltInTemplates.files.count)
        #expect(Set(BuiltInTemplates.all.map(\.id)).count == BuiltInTemplates.all.count)
    }
}
