/// What `stat` said about a file or folder at one moment: compared with a later mark, it tells
/// cheaply whether something changed, without reading anything.
public struct FileChangeMark: Equatable, Sendable {
    let stamp: FileStamp
}
