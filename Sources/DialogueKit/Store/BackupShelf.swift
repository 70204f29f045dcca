import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The earlier versions of one file, kept in `<backup folder>/<stem>/` as `<UTC time>-<pid>-<random>.json`
/// (hard links to the replaced files, or copies where the file system has none), at most
/// `keptVersions` of them. A single `<backup folder>/<name>` left by an earlier Ting counts as the oldest.
///
/// A new version is linked in before anything is pruned, and pruning only removes versions beyond the
/// limit, so a kill at any moment of a save never leaves fewer versions than there were before.
struct BackupShelf {
    /// How many earlier versions of a file are kept.
    static let keptVersions = 20

    /// The library folder.
    let folder: FolderHandle
    /// The backup folder inside it, e.g. `.backup`.
    let backupFolder: String
    /// The file whose versions these are, e.g. `parken.json`.
    let name: String

    /// The folder of this file's versions, relative to the library: `.backup/parken`.
    var shelf: String { "\(backupFolder)/\(Self.stem(of: name))" }

    /// Where an earlier Ting kept its one backup: `.backup/parken.json`.
    var legacyBackup: String { "\(backupFolder)/\(name)" }

    /// The kept versions' paths relative to the library, oldest first.
    func versions() -> [String] {
        var paths = folder.stamp(of: legacyBackup) == nil ? [] : [legacyBackup]
        if let handle = try? folder.subfolder(shelf) {
            let names = handle.names().filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") }.sorted()
            paths += names.map { "\(shelf)/\($0)" }
        }
        return paths
    }

    /// Keeps the current content of `name` as the newest version; nothing happens when there is no file.
    /// Never removes a version, so a failure here leaves every earlier version in place.
    func keepCurrent(durable: Bool, writeBytes: @escaping AtomicWriter.WriteFunction) throws(OSFailure) {
        guard folder.exists(name) else { return }
        try folder.makeSubfolder(backupFolder)
        try folder.makeSubfolder(shelf)
        let version = Self.newVersionName()
        do throws(OSFailure) {
            try folder.link(name, as: "\(shelf)/\(version)")
        } catch  where AtomicWriter.linksUnsupported(error) {
            let previous = try folder.contents(of: name)
            try AtomicWriter(folder: try shelfHandle(), durable: false, writeBytes: writeBytes)
                .replace(version, with: previous, backupFolder: nil)
        }
        if durable, let handle = try? shelfHandle() { handle.sync() }
    }

    /// Removes the oldest versions beyond `keptVersions`. Called only after the new version is in place and
    /// the save is done, so a failure to remove one is not an error: it is tried again on the next save.
    func prune() {
        let paths = versions()
        guard paths.count > Self.keptVersions else { return }
        for path in paths.prefix(paths.count - Self.keptVersions) {
            try? folder.remove(path)
        }
    }

    private func shelfHandle() throws(OSFailure) -> FolderHandle {
        try folder.subfolder(shelf)
    }

    /// The file name without its extension.
    private static func stem(of name: String) -> String {
        DialogueFileName.stem(ofFileName: name) ?? name
    }

    /// A name that sorts after every earlier version's: the UTC time to the microsecond, then the process
    /// and a random number, so two writers in the same microsecond never take the same name.
    private static func newVersionName() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        var seconds = time.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let stamp = String(
            format: "%04d%02d%02dT%02d%02d%02d.%06dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(time.tv_nsec / 1000))
        let unique = String(UInt32.random(in: .min ... .max), radix: 16)
        return "\(stamp)-\(getpid())-\(unique).\(DialogueFileName.fileExtension)"
    }
}
