import DialogueKit
import Foundation

/// One export the Rapport panel asks the runtime to write: the dialogue as it was on screen, the format (and
/// table), the file and whether an existing file may be replaced.
public struct ExportJob: Equatable, Sendable {
    /// The dialogue's file stem, so the outcome reaches the screen that asked.
    public var stem: String
    public var dialogue: Dialogue
    public var format: ExportFormat
    public var table: ExportTable
    /// The file to write, as typed: absolute, `~/…`, or relative to `folder`.
    public var path: String
    /// Where a relative `path` lands: the folder ting was started in.
    public var folder: String
    /// Whether an existing file is replaced (the user said yes).
    public var force: Bool

    /// The absolute path written: `~` expanded (the runtime's environment), a relative path put in `folder`.
    public var resolvedPath: String {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : (folder as NSString).appendingPathComponent(expanded)
    }

    /// Writes the export, atomically; the runtime calls this, never `update`. `now` stamps the export (the
    /// calendar's DTSTAMP, the report's date).
    func run(now: Date, calendar: Calendar) -> ExportOutcome {
        let path = resolvedPath
        let data: Data
        do {
            data = try DialogueExport.data(of: dialogue, format: format, table: table, now: now, calendar: calendar)
        } catch {
            return .failed(String(describing: error))
        }
        do {
            try ExportFile.write(data, to: path, force: force)
        } catch .fileExists {
            return .exists(path: path)
        } catch {
            return .failed(error.description)
        }
        return .written(path: path, bytes: data.count)
    }
}
