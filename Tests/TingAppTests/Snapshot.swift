import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// Golden-file comparison of rendered frames. `RECORD=1 swift test` rewrites the files.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    /// Compares the frame's text with `__Snapshots__/<name>.txt`.
    static func assertMatches(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual =
            frame.buffer.lines.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
            .joined(separator: "\n") + "\n"
        let file = folder.appendingPathComponent("\(name).txt")
        let recording = ProcessInfo.processInfo.environment["RECORD"] == "1"
        guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !recording {
                Issue.record(
                    "recorded missing snapshot \(name).txt; check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(
            actual == expected, "snapshot \(name) differs; RECORD=1 swift test re-records it",
            sourceLocation: sourceLocation)
    }
}
