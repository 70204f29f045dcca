import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file people edit (a template, a theme, the settings) so that no such file can hang or
/// swamp Ting: it must be a plain file (a named pipe would block the read forever), at most
/// `limit` bytes, and UTF-8.
public enum TextFile {
    /// 4 MiB; the largest built-in template is 42 kB.
    public static let defaultLimit = 4 << 20

    /// Why a file could not be read, each with a short Swedish reason.
    public enum Failure: Error, Equatable, Sendable {
        case missing
        case noPermission
        /// A folder, a named pipe, a device: anything but a plain file.
        case notAPlainFile
        case tooLarge(limit: Int)
        case notUTF8
        /// Any other failure of the system, with its own description.
        case failed(String)

        /// The reason in Swedish, e.g. "filen finns inte".
        public var reason: String {
            switch self {
            case .missing: "filen finns inte"
            case .noPermission: "ingen behörighet att läsa"
            case .notAPlainFile: "det är ingen vanlig fil (utan en mapp, en namngiven rörledning eller en enhet)"
            case .tooLarge(let limit): "filen är större än \(limit >> 20) MB"
            case .notUTF8: "texten är inte UTF-8"
            case .failed(let description): description
            }
        }
    }

    /// The text of the file at `url`.
    public static func text(at url: URL, limit: Int = defaultLimit) throws(Failure) -> String {
        // O_NONBLOCK: opening a named pipe would otherwise wait for a writer.
        let file = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { throw failure(errno) }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0 else { throw failure(errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notAPlainFile }
        guard info.st_size <= limit else { throw .tooLarge(limit: limit) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(errno)
            }
            data.append(contentsOf: chunk[..<count])
            guard data.count <= limit else { throw .tooLarge(limit: limit) }
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        return text
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT: .missing
        case EACCES, EPERM: .noPermission
        default: .failed(String(cString: strerror(code)))
        }
    }
}
