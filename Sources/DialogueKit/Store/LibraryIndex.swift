import Foundation

/// The summary index `<library>/.index`: one entry per dialogue file with the file's stamp and
/// its summary, so listing the library reads one small file instead of decoding every dialogue.
/// It is only a cache: a missing, damaged or outdated index is rebuilt, never an error.
struct LibraryIndex: Equatable, Sendable {
    /// The index's file name inside the library.
    static let fileName = ".index"
    /// Bumped whenever the index or summary shape changes, so an old index is rebuilt.
    static let currentFormat = 4

    /// The index format this file follows.
    var format: Int
    /// The dialogue schema of the Ting that wrote it: a newer Ting may read files an older one could not.
    var schemaVersion: Int
    /// The entries by file stem, told apart byte by byte (NFC and NFD names are two files).
    var entries: [StemKey: LibraryIndexEntry]

    /// An empty index of the current format.
    init() {
        format = Self.currentFormat
        schemaVersion = Dialogue.currentSchemaVersion
        entries = [:]
    }

    /// The index of the library, or an empty one when there is none this Ting can use.
    static func read(from folder: FolderHandle) -> LibraryIndex {
        guard let data = try? folder.contents(of: fileName),
            let index = LibraryIndexFormat.decode(data),
            index.format == currentFormat, index.schemaVersion == Dialogue.currentSchemaVersion
        else { return LibraryIndex() }
        return index
    }

    /// Writes the index atomically; a failure only costs speed later, so it is ignored.
    func write(to folder: FolderHandle) {
        let data = LibraryIndexFormat.encode(self)
        try? AtomicWriter(folder: folder, durable: false).replace(
            Self.fileName, with: data, backupFolder: nil)
    }
}
