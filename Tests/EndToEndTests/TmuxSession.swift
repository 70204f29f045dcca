import Foundation

/// The real `ting` binary running in a detached tmux session on a private
/// socket: keys go in with `send-keys`, the screen comes out with `capture-pane`.
final class TmuxSession {
    let socket: String
    let name = "ting"

    /// Starts `command` (run by `sh -c`) in a new session of the given size with the given environment.
    init(command: String, environment: [String: String], width: Int = 100, height: Int = 30) throws {
        socket = "ting-e2e-\(UUID().uuidString.prefix(8))"
        let env = environment.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.sorted().joined(separator: " ")
        try tmux([
            "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
            "env -i PATH=\"$PATH\" \(env) \(command); echo \"[exit $?]\"; sleep 60",
        ])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types keys as tmux names them (`Enter`, `Escape`, `Space`, `C-c`) or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// Types text literally (Swedish letters included).
    func type(_ text: String) throws {
        try send(text, literal: true)
    }

    /// The screen as plain text lines.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Resizes the window, as a user dragging the terminal would.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text`; fails with the screen shown if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(waitingFor: text, screen: last)
    }

    /// Waits until the screen no longer contains `text`.
    func waitForAbsence(_ text: String, timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(waitingFor: "no '\(text)'", screen: last)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(["tmux", "-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError.failed(arguments, result.out + result.err) }
        return result.out
    }

    /// Single-quotes a value for `sh`.
    static func quote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
