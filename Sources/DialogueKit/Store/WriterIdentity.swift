import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who a process is, for lock and presence files on a folder that several people share: the user,
/// the short host name and the process id.
public struct WriterIdentity: Equatable, Sendable {
    public var user: String
    public var host: String
    public var pid: Int32

    public init(user: String, host: String, pid: Int32) {
        self.user = user
        self.host = host
        self.pid = pid
    }

    /// This process: `$USER`, else the account's name; the host name up to its first dot.
    public static let current = WriterIdentity(user: currentUser(), host: currentHost(), pid: getpid())

    /// How people are named to each other: `anna@radhus`.
    public var name: String { "\(user)@\(host)" }

    /// Whether this identity is a process on this host that no longer runs.
    var isGoneFromThisHost: Bool {
        host == Self.current.host && kill(pid, 0) != 0 && errno == ESRCH
    }

    /// The text stored in a lock or presence file: `user`, `host`, `pid` and `since` lines.
    func fileText(since: Date) -> String {
        "user=\(user)\nhost=\(host)\npid=\(pid)\nsince=\(Int64(since.timeIntervalSince1970))\n"
    }

    /// The identity and time in a lock or presence file's text, or nil when it is not one.
    static func parse(fileText text: String) -> (identity: WriterIdentity, since: Date)? {
        var fields: [Substring: Substring] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[line[..<equals]] = line[line.index(after: equals)...]
        }
        guard let user = fields["user"], let host = fields["host"], let pid = fields["pid"].flatMap({ Int32($0) }),
            let since = fields["since"].flatMap({ Int64($0) })
        else { return nil }
        let identity = WriterIdentity(user: String(user), host: String(host), pid: pid)
        return (identity, Date(timeIntervalSince1970: TimeInterval(since)))
    }

    /// $USER, else $LOGNAME, else the account's name, else "okänd".
    private static func currentUser() -> String {
        let environment = ProcessInfo.processInfo.environment
        for variable in ["USER", "LOGNAME"] {
            if let user = environment[variable], !user.isEmpty { return user }
        }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "okänd"
    }

    private static func currentHost() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "okänd" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.split(separator: ".").first.map(String.init) ?? (name.isEmpty ? "okänd" : name)
    }
}
