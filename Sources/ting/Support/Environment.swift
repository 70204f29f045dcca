import Foundation

/// What the process environment says about the user and settings.
enum Environment {
    static var values: [String: String] { ProcessInfo.processInfo.environment }

    /// Who is recorded as making changes: $USER, else $LOGNAME, else "okänd".
    static var actor: String {
        values["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? values["LOGNAME"] ?? "okänd"
    }

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
