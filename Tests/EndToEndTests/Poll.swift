import Foundation
import Testing

/// Waits for what a child process does in its own time, such as a file it saves.
enum Poll {
    /// Checks `condition` every 50 ms until it holds; records an issue saying `what` never showed
    /// if it does not within `timeout`.
    static func until(_ what: String, timeout: TimeInterval = 10, _ condition: () throws -> Bool) rethrows {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("never happened: \(what)")
    }
}
