import DialogueKit
import Foundation
import Testing

/// Finds the built `ting` binary and makes temporary libraries for it.
enum TingBinary {
    /// `$TING_BINARY`, else `ting` beside the test bundle in the build folder.
    static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["TING_BINARY"], !explicit.isEmpty { return explicit }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("ting")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        return "ting"
    }

    /// The test run's TZ, if it has one, for a child whose environment is made from scratch: the suite
    /// run in another time zone runs ting there too.
    static var timeZone: [String: String] {
        ProcessInfo.processInfo.environment["TZ"].map { ["TZ": $0] } ?? [:]
    }

    /// A new empty folder under the system's temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ting-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `ting` with arguments (no terminal) and returns its exit code, stdout and stderr. Unless
    /// `environment` names one, HOME is a new empty folder: no settings, templates or library of the
    /// machine's (or of the shared temporary folder's) take part. The test run's TZ passes through.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ChildProcess.Result {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home.path].merging(timeZone) { $1 }
        env.merge(environment) { $1 }
        return try ChildProcess.run([path] + arguments, environment: env)
    }

    /// Runs `ting new arguments --dir folder` and returns the new dialogue's stem, which it prints;
    /// the test fails unless it exits 0.
    static func newDialogue(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws
        -> String
    {
        let created = try run(["new"] + arguments + ["--dir", folder.path], environment: environment)
        #expect(created.status == 0, "\(created.err)")
        return created.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The dialogue `stem` of the library in `folder`, read as Ting reads it.
    static func dialogue(_ stem: String, in folder: URL) throws -> Dialogue {
        try DialogueStore(folder: folder).load(stem).dialogue
    }

    /// The library's one dialogue; the test fails unless the folder holds exactly one dialogue file.
    static func onlyDialogue(in folder: URL) throws -> Dialogue {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 1, "expected one dialogue file, found \(files)")
        return try dialogue(String(try #require(files.first).dropLast(".json".count)), in: folder)
    }
}
