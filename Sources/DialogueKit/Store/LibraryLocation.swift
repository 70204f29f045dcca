import Foundation

/// Where the library folder is: `--dir PATH`, else `$TING_DIR`, else `$XDG_DATA_HOME/ting`,
/// else `~/.local/share/ting`.
public enum LibraryLocation {
    /// The library folder for an explicit `--dir` value (or nil) and the process environment.
    /// A leading `~` means the `HOME` of `environment`; empty values count as unset, and a relative
    /// `XDG_DATA_HOME` is ignored as the XDG specification says.
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
        if let path = nonEmpty(explicit) ?? nonEmpty(environment["TING_DIR"]) {
            return url(expanding: path, home: home)
        }
        if let data = nonEmpty(environment["XDG_DATA_HOME"]), data.hasPrefix("/") {
            return url(expanding: data, home: home).appending(path: "ting", directoryHint: .isDirectory)
        }
        return url(expanding: "~/.local/share/ting", home: home)
    }

    private static func url(expanding path: String, home: String) -> URL {
        let expanded =
            if path == "~" { home } else if path.hasPrefix("~/") { home + path.dropFirst() } else { path }
        return URL(fileURLWithPath: expanded, isDirectory: true).standardizedFileURL
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }
}
