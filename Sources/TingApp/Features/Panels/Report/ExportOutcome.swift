/// What became of an `ExportJob`: written, refused because the file exists (ask before replacing it), or
/// failed with one sentence saying why.
public enum ExportOutcome: Equatable, Sendable {
    case written(path: String, bytes: Int)
    case exists(path: String)
    case failed(String)
}
