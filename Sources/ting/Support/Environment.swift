import DialogueKit
import Foundation

/// What the process environment says about the user and settings.
enum Environment {
    static var values: [String: String] { ProcessInfo.processInfo.environment }

    /// Who is recorded as making changes: the same user the write lock and presence files name.
    static var actor: String { WriterIdentity.current.user }

    /// `$XDG_CONFIG_HOME/ting`, else `~/.config/ting`.
    static var configDirectory: URL {
        if let xdg = values["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("ting")
        }
        let home = values["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/ting")
    }

    /// NO_COLOR is set to anything non-empty.
    static var noColor: Bool { !(values["NO_COLOR"] ?? "").isEmpty }
}
