import Foundation
import Testing

/// The end-to-end helpers' time limits: a child that hangs is killed, with what it started, and
/// the test fails saying so instead of hanging the suite.
@Suite struct TimeLimitTests {
    /// Whether `pid` is gone (or a zombie about to be reaped), as `ps` sees it.
    private func isGone(_ pid: String) throws -> Bool {
        let state = try ChildProcess.run(["ps", "-o", "stat=", "-p", pid]).out
        return state.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || state.hasPrefix("Z")
    }

    /// Waits up to two seconds for `pid` to be gone.
    private func becomesGone(_ pid: String) throws -> Bool {
        for _ in 0..<40 {
            if try isGone(pid) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @Test func aHungChildIsKilledWithWhatItStartedAndTheRunSaysSo() throws {
        let started = ContinuousClock.now
        // The shell prints its own pid and its background child's, then hangs.
        let script = "echo $$; sleep 300 & echo $!; wait"
        let error = #expect(throws: ChildProcessError.self) {
            try ChildProcess.run(["sh", "-c", script], timeLimit: .milliseconds(500))
        }
        #expect(ContinuousClock.now - started < .seconds(10))
        let message = try #require(error?.message)
        #expect(message.hasPrefix("sh -c \(script) was still running after 0.5 seconds and was killed"), "\(message)")
        let pids = message.split(separator: "\n").dropFirst().map(String.init)
        #expect(pids.count == 2, "\(message)")
        for pid in pids { #expect(try becomesGone(pid), "process \(pid) outlived the time limit") }
    }

    @Test func aQuickChildIsNotHurried() throws {
        let result = try ChildProcess.run(["sh", "-c", "sleep 0.2; echo klar"], timeLimit: .seconds(5))
        #expect(result.status == 0)
        #expect(result.out == "klar\n")
    }

    @Test func aHungProgramInTmuxTimesOutAndIsKilledWithTheSession() throws {
        // Like a hung ting, the program does not end on the SIGHUP tmux sends when it closes; the
        // shell says "startad" once it runs.
        let hung = "trap '' HUP; sleep 300 & echo startad; wait"
        var session: TmuxSession? = try TmuxSession(command: "sh -c \(TmuxSession.quote(hung))", environment: [:])
        let pane = try #require(session?.panePID)
        try session?.waitFor("startad")
        let sleeper = try ChildProcess.run(["pgrep", "-s", "\(pane)", "-x", "sleep"]).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!sleeper.isEmpty)
        let timeout = #expect(throws: TmuxError.self) { try session?.waitFor("klart", timeout: 0.3) }
        #expect(timeout?.description.hasPrefix("timed out waiting for 'klart'; the screen was:\nstartad") == true)
        session = nil
        #expect(try becomesGone(sleeper), "the program in the pane outlived its session")
    }
}
