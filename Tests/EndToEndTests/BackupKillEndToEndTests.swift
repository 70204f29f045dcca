import Foundation
import Testing

/// Kills `ting tick` with SIGKILL at every system call of a save, using strace's fault injection on the
/// real binary, and counts the versions left in `.backup/`: never zero, never fewer than before, and the
/// dialogue file is whole every time.
@Suite(.serialized)
struct BackupKillEndToEndTests {
    static let strace = "/usr/bin/strace"
    /// Whether strace is installed and may trace here (a container can forbid ptrace).
    static let hasStrace: Bool =
        FileManager.default.isExecutableFile(atPath: strace)
        && (try? ChildProcess.run([strace, "-o", "/dev/null", "/bin/true"]))?.status == 0

    /// The item ticked and unticked by each save.
    static let item = "genomforande.mote"

    /// A library with one dialogue already saved often enough that every later save prunes a version.
    private func librarySavedTwentyOneTimes() throws -> (folder: URL, stem: String) {
        let folder = try TingBinary.temporaryFolder()
        let stem = try TingBinary.newDialogue(["--title", "Parken"], in: folder)
        let item = try firstCheckItem(stem: stem, folder: folder)
        for number in 0..<21 {
            let saved = try TingBinary.run(tick(item, stem: stem, folder: folder, undo: number % 2 == 1))
            #expect(saved.status == 0, "\(saved.err)")
        }
        return (folder, stem)
    }

    private func tick(_ item: String, stem: String, folder: URL, undo: Bool) -> [String] {
        ["tick", stem, item, "--dir", folder.path] + (undo ? ["--undo"] : [])
    }

    private func firstCheckItem(stem: String, folder: URL) throws -> String {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(stem).json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let phases = object?["phases"] as? [[String: Any]] ?? []
        let items = phases.flatMap { $0["items"] as? [[String: Any]] ?? [] }
        return try #require(items.first { $0["kind"] as? String == "check" }?["id"] as? String)
    }

    /// The versions kept: the files in `.backup/<stem>/` (not temp files) and an old single backup.
    private func keptVersions(_ stem: String, in folder: URL) -> Int {
        let shelf = folder.appendingPathComponent(".backup/\(stem)").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: shelf)) ?? []
        let legacy = FileManager.default.fileExists(atPath: folder.appendingPathComponent(".backup/\(stem).json").path)
        return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") }.count + (legacy ? 1 : 0)
    }

    /// The system calls of one save from the moment it creates its temp file, as (name, how many calls of
    /// that name the main thread had made by then, counting this one).
    private func syscallsOfASave(_ arguments: [String]) throws -> [(name: String, ordinal: Int)] {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("strace-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let traced = try ChildProcess.run([Self.strace, "-o", log.path, TingBinary.path] + arguments)
        #expect(traced.status == 0, "\(traced.err)")
        var counts: [String: Int] = [:]
        var calls: [(String, Int)] = []
        var saving = false
        for line in try String(contentsOf: log, encoding: .utf8).split(separator: "\n") {
            guard let open = line.firstIndex(of: "("), !line.hasPrefix("+++"), !line.hasPrefix("---") else { continue }
            let name = String(line[..<open])
            counts[name, default: 0] += 1
            if name == "openat" && line.contains(".tmp\"") && line.contains("O_EXCL") { saving = true }
            if saving && name != "exit_group" { calls.append((name, counts[name]!)) }
        }
        return calls
    }

    @Test(.enabled(if: hasStrace, "needs strace, allowed to trace, for fault injection"))
    func aKillAtEverySystemCallOfASaveNeverLeavesZeroBackups() throws {
        let (folder, stem) = try librarySavedTwentyOneTimes()
        defer { try? FileManager.default.removeItem(at: folder) }
        let item = try firstCheckItem(stem: stem, folder: folder)
        let calls = try syscallsOfASave(tick(item, stem: stem, folder: folder, undo: false))
        #expect(calls.contains { $0.name == "linkat" } && calls.contains { $0.name == "unlinkat" })
        var kills = 0
        var zeroBackups = 0
        var fewerThanBefore = 0
        for (index, call) in calls.enumerated() {
            let before = keptVersions(stem, in: folder)
            let injected = "inject=\(call.name):signal=KILL:when=\(call.ordinal)"
            let run = try ChildProcess.run(
                [Self.strace, "-o", "/dev/null", "-e", "trace=\(call.name)", "-e", injected, TingBinary.path]
                    + tick(item, stem: stem, folder: folder, undo: index % 2 == 1))
            if run.status == 128 + 9 { kills += 1 }
            let after = keptVersions(stem, in: folder)
            if after == 0 { zeroBackups += 1 }
            if after < min(before, 20) { fewerThanBefore += 1 }
            let show = try TingBinary.run(["show", stem, "--dir", folder.path])
            #expect(
                show.status == 0, "the dialogue is whole after a kill at \(call.name) #\(call.ordinal): \(show.err)")
        }
        print("BackupKill: \(kills) kills at \(calls.count) system calls; zero backups \(zeroBackups) times")
        #expect(kills >= calls.count - 2, "nearly every injection killed the save")
        #expect(zeroBackups == 0)
        #expect(fewerThanBefore == 0)
        #expect(keptVersions(stem, in: folder) <= 21)
    }

    @Test(.enabled(if: hasStrace, "needs strace, allowed to trace, for fault injection"))
    func aFailedLinkFailsTheSaveAndKeepsEveryBackup() throws {
        let (folder, stem) = try librarySavedTwentyOneTimes()
        defer { try? FileManager.default.removeItem(at: folder) }
        let item = try firstCheckItem(stem: stem, folder: folder)
        let file = folder.appendingPathComponent("\(stem).json")
        let before = try Data(contentsOf: file)
        let run = try ChildProcess.run(
            [Self.strace, "-o", "/dev/null", "-e", "trace=linkat", "-e", "inject=linkat:error=EIO", TingBinary.path]
                + tick(item, stem: stem, folder: folder, undo: false))
        #expect(run.status != 0)
        #expect(run.err.contains("förra versionen är orörd"), "\(run.err)")
        #expect(keptVersions(stem, in: folder) == 20)
        #expect(try Data(contentsOf: file) == before)
    }

    @Test(.enabled(if: hasStrace, "needs strace, allowed to trace, for fault injection"))
    func withoutHardLinksTheBackupIsACopy() throws {
        let (folder, stem) = try librarySavedTwentyOneTimes()
        defer { try? FileManager.default.removeItem(at: folder) }
        let item = try firstCheckItem(stem: stem, folder: folder)
        let before = try Data(contentsOf: folder.appendingPathComponent("\(stem).json"))
        let shelf = folder.appendingPathComponent(".backup/\(stem)")
        let earlier = Set(try FileManager.default.contentsOfDirectory(atPath: shelf.path))
        // EXDEV is what a file system without hard links (or a folder on another device) answers.
        let run = try ChildProcess.run(
            [Self.strace, "-o", "/dev/null", "-e", "trace=linkat", "-e", "inject=linkat:error=EXDEV", TingBinary.path]
                + tick(item, stem: stem, folder: folder, undo: false))
        #expect(run.status == 0, "\(run.err)")
        let added = Set(try FileManager.default.contentsOfDirectory(atPath: shelf.path)).subtracting(earlier)
        #expect(added.count == 1)
        let copy = try #require(added.first)
        #expect(try Data(contentsOf: shelf.appendingPathComponent(copy)) == before)
        #expect(keptVersions(stem, in: folder) == 20, "the oldest was pruned")
    }
}
