import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion with posix_spawn and waitpid. Foundation's `Process.waitUntilExit`
/// can hang on Linux when called from a test's concurrent task, leaving the child a zombie; this
/// does not. Output goes through files, so a daemon that inherits them (tmux's server) cannot block us.
/// Every run has a time limit: a hung child is killed and its test fails instead of hanging the suite.
enum ChildProcess {
    struct Result {
        let status: Int32
        let out: String
        let err: String
        /// Stdout's very bytes (`out` as text loses a byte order mark).
        var outBytes = Data()
    }

    /// How long a child may run unless told otherwise: far longer than any command of a test takes,
    /// even on a loaded machine.
    static let defaultTimeLimit = Duration.seconds(30)

    /// Runs `arguments[0]` (looked up in PATH) with the given environment, or this process's. A child
    /// still running after `timeLimit` is killed with its process group, and the run throws saying so.
    static func run(
        _ arguments: [String], environment: [String: String]? = nil, timeLimit: Duration = defaultTimeLimit
    ) throws -> Result {
        let dir = FileManager.default.temporaryDirectory
        let outPath = dir.appendingPathComponent("child-\(UUID().uuidString).out").path
        let errPath = dir.appendingPathComponent("child-\(UUID().uuidString).err").path
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = env.map { strdup($0) } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        // The test runner's threads block some signals; a child must start with none blocked
        // and default handlers, as from a shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        // Its own process group, so a timeout kills what it started too.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        guard spawned == 0 else {
            throw ChildProcessError(message: "could not start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        let finished = try wait(for: pid, until: ContinuousClock.now + timeLimit)
        let outBytes = FileManager.default.contents(atPath: outPath) ?? Data()
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        guard let status = finished else {
            throw ChildProcessError(
                message: "\(arguments.joined(separator: " ")) was still running after \(timeLimit) and was killed "
                    + "(pid \(pid) and its process group); its output so far:\n\(out)\(err)")
        }
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitCode, out: out, err: err, outBytes: outBytes)
    }

    /// The wait status of `pid` once it ends, or nil if it was still running at `deadline`, when it
    /// and its process group are killed and reaped.
    private static func wait(for pid: pid_t, until deadline: ContinuousClock.Instant) throws -> Int32? {
        var status: Int32 = 0
        var pauseMicroseconds: UInt32 = 500  // doubling to 5 ms: quick children are seen at once
        while true {
            switch waitpid(pid, &status, WNOHANG) {
            case pid: return status
            case -1 where errno != EINTR: throw ChildProcessError(message: "waitpid failed: \(errno)")
            default: break
            }
            if ContinuousClock.now >= deadline {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                return nil
            }
            usleep(pauseMicroseconds)
            pauseMicroseconds = min(pauseMicroseconds * 2, 5000)
        }
    }
}

/// A child process could not be started or waited for.
struct ChildProcessError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
