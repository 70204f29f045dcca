/// Why a tmux-driven test step failed, with the screen as it was.
enum TmuxError: Error, CustomStringConvertible {
    case failed([String], String)
    case timeout(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .failed(let args, let output): "tmux \(args.joined(separator: " ")) failed: \(output)"
        case .timeout(let text, let screen): "timed out waiting for '\(text)'; the screen was:\n\(screen)"
        }
    }
}
