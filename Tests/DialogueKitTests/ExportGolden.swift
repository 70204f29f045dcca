import Foundation
import Testing

/// Golden files of exports, compared byte for byte (line ends and byte order mark included), in
/// `Fixtures/exports/`. `RECORD=1 swift test` rewrites them.
enum ExportGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/exports")

    /// Compares `data` with `Fixtures/exports/<name>`.
    static func assertMatches(_ data: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["RECORD"] == "1"
        guard !recording, let expected = try? Data(contentsOf: file) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? data.write(to: file, options: .atomic)
            if !recording {
                Issue.record("recorded missing golden \(name); check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(
            data == expected, "export \(name) differs from its golden; RECORD=1 swift test re-records it",
            sourceLocation: sourceLocation)
    }
}
