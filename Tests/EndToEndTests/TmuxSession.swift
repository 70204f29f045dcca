import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real `ting` binary running in a detached tmux session on a private
/// socket: keys go in with `send-keys`, the screen comes out with `capture-pane`. Every tmux call
/// has `ChildProcess`'s time limit, every wait its timeout, and whatever still runs in the pane when
/// the session ends is killed, so a hung `ting` fails its test and is gone.
final class TmuxSession {
    let socket: String
    let name = "ting"
    /// The pane's first process (`sh -c command`), leader of the session everything in the pane runs in.
    let panePID: pid_t

    /// Starts `command` (run by `sh -c`) in a new session of the given size with the given environment.
    init(command: String, environment: [String: String], width: Int = 100, height: Int = 30) throws {
        socket = "ting-e2e-\(UUID().uuidString.prefix(8))"
        let env = TingBinary.timeZone.merging(environment) { $1 }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }
            .sorted().joined(separator: " ")
        try Self.tmux(
            socket: socket,
            [
                "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                "env -i PATH=\"$PATH\" \(env) \(command); echo \"[exit $?]\"; sleep 60",
            ])
        let pane = try? Self.tmux(socket: socket, ["display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let pid = pane.flatMap({ pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
            _ = try? Self.tmux(socket: socket, ["kill-server"])
            throw TmuxError.failed(["display-message", "#{pane_pid}"], pane ?? "")
        }
        panePID = pid
    }

    deinit {
        // SIGHUP from kill-server does not stop a hung ting (it only sets a flag), nor one a shell in
        // the pane started in a process group of its own: kill the pane's whole session first.
        if getsid(panePID) == panePID { _ = try? ChildProcess.run(["pkill", "-KILL", "-s", "\(panePID)"]) }
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

    /// Kills the tmux server at once, as closing the terminal (or losing the SSH connection) does: the pane's
    /// processes get SIGHUP and their terminal is gone.
    func killServer() throws {
        try tmux(["kill-server"])
    }

    /// Resizes the window, as a user dragging the terminal would.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text`; fails with the screen shown if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        try poll(text, timeout: timeout) { $0.contains(text) ? $0 : nil }
    }

    /// Waits until one line of the screen contains every one of `parts`; returns that line.
    @discardableResult
    func waitForLine(_ parts: String..., timeout: TimeInterval = 10) throws -> String {
        try poll("a line with \(parts.joined(separator: " and "))", timeout: timeout) { screen in
            screen.split(separator: "\n").first { line in parts.allSatisfy { line.contains($0) } }.map(String.init)
        }
    }

    /// Waits until the screen no longer contains `text`.
    func waitForAbsence(_ text: String, timeout: TimeInterval = 10) throws {
        try poll("no '\(text)'", timeout: timeout) { $0.contains(text) ? nil : () }
    }

    /// Captures the screen until `found` makes something of it; fails naming `what`, with the last
    /// screen, after `timeout`.
    private func poll<Found>(_ what: String, timeout: TimeInterval, _ found: (String) -> Found?) throws -> Found {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if let result = found(last) { return result }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(waitingFor: what, screen: last)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Self.tmux(socket: socket, arguments)
    }

    /// Runs tmux on the private socket; its output, or why it failed.
    @discardableResult
    private static func tmux(socket: String, _ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(["tmux", "-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError.failed(arguments, result.out + result.err) }
        return result.out
    }

    /// Single-quotes a value for `sh`.
    static func quote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
