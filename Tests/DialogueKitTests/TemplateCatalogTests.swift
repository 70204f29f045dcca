import DialogueKit
import Foundation
import Testing

/// `TemplateCatalog`: built-ins beside user templates; broken or clashing user files are
/// problems, never failures.
@Suite final class TemplateCatalogTests {
    let folder: URL

    init() throws {
        folder = try TemplateTestSupport.temporaryFolder()
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ text: String, to name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func aUserTemplateRoundTripsBesideTheBuiltIns() throws {
        let text = TemplateTestSupport.minimalTemplate(id: "egen", name: "Egen mall")
        let file = try write(text, to: "egen.toml")
        let catalog = TemplateCatalog(userDirectories: [folder])
        #expect(catalog.problems.isEmpty)
        #expect(catalog.templates.map(\.id) == BuiltInTemplates.all.map(\.id) + ["egen"])
        #expect(catalog.template(id: "egen") == (try Template(toml: text, file: file.path)))
        #expect(catalog.template(id: "helsingborg") == BuiltInTemplates.all.first { $0.id == "helsingborg" })
        #expect(catalog.template(id: "saknas") == nil)
    }

    @Test func aUserTemplateWithABuiltInIdIsAProblemNotAReplacement() throws {
        let file = try write(TemplateTestSupport.minimalTemplate(id: "helsingborg", name: "Kopia"), to: "kopia.toml")
        let catalog = TemplateCatalog(userDirectories: [folder])
        #expect(catalog.templates == BuiltInTemplates.all)
        #expect(catalog.template(id: "helsingborg")?.name == "Helsingborg – invånardialog")
        #expect(
            catalog.problems.map(\.description) == [
                "\(file.path):1:6: mallen har id 'helsingborg' som redan används av den inbyggda mallen "
                    + "'Helsingborg – invånardialog'; byt till ett eget id, till exempel id = \"helsingborg-egen\"."
            ])
    }

    @Test func twoUserTemplatesWithOneIdKeepTheFirstByName() throws {
        let first = try write(TemplateTestSupport.minimalTemplate(id: "egen", name: "A"), to: "a.toml")
        let second = try write(TemplateTestSupport.minimalTemplate(id: "egen", name: "B"), to: "b.toml")
        let catalog = TemplateCatalog(builtIn: [], userDirectories: [folder])
        #expect(catalog.templates.map(\.name) == ["A"])
        #expect(catalog.problems.map(\.file) == [second.path])
        #expect(catalog.problems.first?.problem == .duplicateTemplateID("egen", usedBy: "mallen i \(first.path)"))
    }

    @Test func aBrokenUserTemplateIsReportedAndTheRestStillLoads() throws {
        let broken = try write("id = \"trasig\"\nversion = \n", to: "a-trasig.toml")
        let wrongKind = try write(
            TemplateTestSupport.minimalTemplate(id: "fel").replacingOccurrences(of: "\"gate\"", with: "\"gat\""),
            to: "b-fel.toml")
        let notUTF8 = folder.appendingPathComponent("c-latin1.toml")
        try Data([0x69, 0x64, 0x20, 0x3D, 0x20, 0x22, 0xE5, 0x22, 0x0A]).write(to: notUTF8)
        _ = try write(TemplateTestSupport.minimalTemplate(id: "hel"), to: "d-hel.toml")
        let catalog = TemplateCatalog(userDirectories: [folder])
        #expect(catalog.template(id: "hel") != nil)
        #expect(catalog.templates.count == BuiltInTemplates.all.count + 1)
        #expect(catalog.problems.map(\.file) == [broken.path, wrongKind.path, notUTF8.path])
        #expect(catalog.problems[0].line == 2)
        #expect(catalog.problems[1].description.contains(":25:8: okänd kind 'gat' i phases[0].items[0]"))
        #expect(catalog.problems[2].problem == .unreadable("texten är inte UTF-8"))
    }

    @Test func otherFilesAndMissingFoldersAddNothing() throws {
        _ = try write(TemplateTestSupport.minimalTemplate(id: "dold"), to: ".dold.toml")
        _ = try write("inte toml", to: "README.md")
        let missing = folder.appendingPathComponent("finns-inte")
        let catalog = TemplateCatalog(builtIn: [], userDirectories: [missing, folder])
        #expect(catalog.templates.isEmpty)
        #expect(catalog.problems.isEmpty)
    }

    @Test func theUserDirectoryFollowsXDG() {
        #expect(
            TemplateCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/a"]).path
                == "/x/conf/ting/templates")
        #expect(
            TemplateCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "relativ", "HOME": "/home/a"]).path
                == "/home/a/.config/ting/templates")
        #expect(
            TemplateCatalog.userDirectory(environment: ["HOME": "/home/a"]).path == "/home/a/.config/ting/templates")
    }

    @Test func checkAcceptsEveryBuiltInFileAndAUserTemplate() throws {
        for (file, template) in zip(BuiltInTemplates.files, BuiltInTemplates.all) {
            let path = TemplateTestSupport.repoRoot.appendingPathComponent("templates/\(file.name)").path
            #expect(try TemplateCatalog.check(path: path).id == template.id)
        }
        let own = try write(TemplateTestSupport.minimalTemplate(id: "egen"), to: "egen.toml")
        #expect(try TemplateCatalog.check(path: own.path).id == "egen")
    }

    @Test func checkRefusesABuiltInIdInAnotherTextAndAnUnreadableFile() throws {
        let copy = try write(TemplateTestSupport.minimalTemplate(id: "helsingborg"), to: "kopia.toml")
        let clash = #expect(throws: TemplateError.self) { try TemplateCatalog.check(path: copy.path) }
        #expect(clash?.line == 1)
        #expect(
            clash?.problem
                == .duplicateTemplateID("helsingborg", usedBy: "den inbyggda mallen 'Helsingborg – invånardialog'"))
        let missing = folder.appendingPathComponent("saknas.toml").path
        let unreadable = #expect(throws: TemplateError.self) { try TemplateCatalog.check(path: missing) }
        #expect(unreadable?.description.hasPrefix("\(missing): filen kunde inte läsas (filen finns inte)") == true)
    }
}
