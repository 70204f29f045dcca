import Foundation
import Testing

/// The terminal is restored however Ting ends: SIGTERM, SIGHUP, Ctrl-C, each with the exit status shells
/// expect (128 plus the signal); Ctrl-Z suspends and resumes.
@Suite(.serialized)
struct SignalEndToEndTests {
    /// Runs ting, then prints its exit status and whether the tty is back in cooked mode.
    private func start(_ folder: URL) throws -> TmuxSession {
        let report = "stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(echo|icanon)$' | tr '\\n' ' '"
        return try TmuxSession.ting(in: folder, afterwards: "echo \"[status $?]\"; echo \"[tty $(\(report))]\"")
    }

    private func signal(_ name: String, folder: URL) throws {
        // Anchored on the binary so that the shell around it, whose command line holds the
        // same words, is not signalled too.
        let pattern = "^" + NSRegularExpression.escapedPattern(for: "\(TingBinary.path) --dir \(folder.path)")
        let result = try ChildProcess.run(["pkill", "-\(name)", "-f", pattern])
        #expect(result.status == 0, "no ting process matched \(pattern)")
    }

    /// Starts ting, signals or types as asked, expects the exit status (when given) and the restored tty,
    /// and returns the screen once the shell reported it.
    @discardableResult
    private func expectRestored(after key: String?, orSignal name: String?, status: Int? = nil) throws -> String {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try start(folder)
        try tui.waitFor("Biblioteket är tomt")
        if let key { try tui.send(key) }
        if let name { try signal(name, folder: folder) }
        let screen = try tui.waitFor("[tty ")
        let modes = screen.components(separatedBy: "[tty ").last?.prefix { $0 != "]" }.split(separator: " ") ?? []
        #expect(Set(modes) == ["echo", "icanon"], "terminal not restored to echo and icanon:\n\(screen)")
        #expect(!screen.contains("Biblioteket är tomt"), "ting's screen was left behind:\n\(screen)")
        if let status {
            #expect(screen.contains("[status \(status)]"), "ting should exit \(status) as shells expect:\n\(screen)")
        }
        return screen
    }

    @Test func quittingWithQExitsZero() throws {
        try expectRestored(after: "q", orSignal: nil, status: 0)
    }

    @Test func sigtermRestoresTerminal() throws {
        try expectRestored(after: nil, orSignal: "TERM", status: 143)
    }

    @Test func sighupRestoresTerminal() throws {
        try expectRestored(after: nil, orSignal: "HUP", status: 129)
    }

    /// A crash (a fatal signal, here sent by kill) restores the terminal before the process dies,
    /// and the process still dies of the signal.
    @Test(arguments: [
        ("SEGV", SIGSEGV), ("ABRT", SIGABRT), ("BUS", SIGBUS), ("ILL", SIGILL), ("FPE", SIGFPE), ("TRAP", SIGTRAP),
    ])
    func aFatalSignalRestoresTerminal(name: String, number: Int32) throws {
        let screen = try expectRestored(after: nil, orSignal: name)
        #expect(screen.contains("[status \(128 + number)]"), "ting did not die of SIG\(name):\n\(screen)")
    }

    @Test func ctrlCRestoresTerminal() throws {
        try expectRestored(after: "C-c", orSignal: nil, status: 130)
    }

    @Test func ctrlZSuspendsAndFgResumes() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try TmuxSession(
            command: "bash --norc --noprofile -i",
            environment: TmuxSession.terminalEnvironment(home: folder).merging(["PS1": "prompt$ "]) { $1 })
        try tui.waitFor("prompt$")
        try tui.type("\(TingBinary.path) --dir \(folder.path)")
        try tui.send("Enter")
        try tui.waitFor("Biblioteket är tomt")
        try tui.send("C-z")
        try tui.waitFor("Stopped")
        try tui.type("fg")
        try tui.send("Enter")
        try tui.waitFor("Biblioteket är tomt")
        try tui.send("q")
        try tui.waitFor("prompt$ ")
    }

    /// SIGKILL while answers are being saved as fast as keys arrive: the dialogue file is whole
    /// afterwards (the old or the new version, never half of one), and no temp file is listed.
    @Test func killedMidSaveLeavesAWholeFile() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try TingBinary.run(["new", "--example", "--dir", folder.path]).status == 0)
        let tui = try start(folder)
        try tui.openDialogue("Exempel")
        for _ in 0..<3 { try tui.send("Space", "Space", "Space", "Space", "Space", "Space", "Space", "Space") }
        try signal("KILL", folder: folder)
        try tui.waitFor("[status ")
        let list = try TingBinary.run(["list", "--dir", folder.path])
        #expect(list.status == 0)
        #expect(!list.out.contains("SKADAD"), "a killed save damaged the file:\n\(list.out)")
        let show = try TingBinary.run(["show", "exempel", "--json", "--dir", folder.path])
        #expect(show.status == 0, "\(show.err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files == ["exempel-ny-lekplats-i-drottninghog.json"])
    }
}
