import Foundation

/// Paths and fixtures shared by the template, report and example tests.
enum TemplateTestSupport {
    /// The repository's root folder, found from this file's place in `Tests/DialogueKitTests/`.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The handbooks folder beside the repository (`../shared/handbooks`), where the spec lives.
    static let handbooks = repoRoot.appendingPathComponent("../shared/handbooks").standardizedFileURL

    /// Helsingborg's handbook as plain text.
    static let helsingborgHandbook = handbooks.appendingPathComponent("001_cdba714ee0bf16cb.txt")

    /// A fresh temporary folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ting-template-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A small valid template with every kind of item and one role, under the given id and name.
    static func minimalTemplate(id: String = "mini", name: String = "Mini") -> String {
        """
        id = "\(id)"
        version = 1
        name = "\(name)"
        about = "En liten mall för tester."

        [source]
        municipality = "Testby"
        title = "Testbyns handbok"

        [gate]
        recommendation = "Gör ingen dialog."

        [[levels]]
        id = "resonemang"
        name = "Resonemang"
        dialogue = true
        degree = 3
        description = "Vi samtalar."

        [[phases]]
        phase = "decision"

        [[phases.items]]
        id = "beslut.mandat"
        kind = "gate"
        text = "Finns mandat?"

        [[phases]]
        phase = "planning"

        [[phases.items]]
        id = "planering.niva"
        kind = "level"
        text = "Vilken nivå?"

        [[phases.items]]
        id = "planering.start"
        kind = "date"
        text = "Start"
        schedule = { phase = "decision", bound = "start" }

        [[phases]]
        phase = "implementation"

        [[phases]]
        phase = "feedback"

        [[phases]]
        phase = "evaluation"

        [[phases.items]]
        id = "utvardering.klar"
        kind = "check"
        text = "Klart?"
        role = "gemensam"

        [[roles]]
        id = "gemensam"
        name = "Gemensam"
        responsibilities = ["Utvärdera tillsammans."]

        """
    }
}
