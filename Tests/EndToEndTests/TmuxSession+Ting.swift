import Foundation

/// `ting` itself in a tmux session, as a user starts it on a library and opens a dialogue.
extension TmuxSession {
    /// The environment of a user's terminal: UTF-8, a 256-colour TERM, and `home` as HOME, so no
    /// settings, templates or library of the machine's take part.
    static func terminalEnvironment(home: URL) -> [String: String] {
        ["LANG": "C.UTF-8", "TERM": "tmux-256color", "HOME": home.path]
    }

    /// Starts `ting --dir folder arguments` in a user's terminal (HOME the library's folder), with
    /// `environment` on top; `afterwards`, when given, is shell run in the pane once ting ends.
    static func ting(
        in folder: URL, arguments: String = "", environment: [String: String] = [:], afterwards: String? = nil,
        width: Int = 100, height: Int = 30
    ) throws -> TmuxSession {
        let ting = [quote(TingBinary.path), "--dir", quote(folder.path), arguments].filter { !$0.isEmpty }
            .joined(separator: " ")
        return try TmuxSession(
            command: afterwards.map { "\(ting); \($0)" } ?? ting,
            environment: terminalEnvironment(home: folder).merging(environment) { $1 }, width: width, height: height)
    }

    /// Waits for the library to list `title`, opens it with Enter and waits until the dialogue
    /// shows `shown` (the first phase's tab unless told).
    func openDialogue(_ title: String, showing shown: String = "1 Beslut") throws {
        try waitFor(title)
        try send("Enter")
        try waitFor(shown)
    }
}
