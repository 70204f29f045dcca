import Foundation

extension AppState {
    /// Where an export is suggested and where a file name without a folder lands: the folder ting was started
    /// in, or, when that is unknown, the library folder's parent.
    var exportFolder: String {
        workingDirectory.isEmpty ? (libraryPath as NSString).deletingLastPathComponent : workingDirectory
    }

    /// The runtime wrote (or did not write) an export: the Rapport panel of the dialogue that asked hears it
    /// and says so in the status line.
    mutating func exportFinished(_ job: ExportJob, _ outcome: ExportOutcome) {
        guard case .dialogue(var d) = screen, d.stem == job.stem else {
            if case .written(let path, let bytes) = outcome {
                status = StatusLine(UIStrings.swedish.exported(path, bytes: bytes))
            } else if case .failed(let reason) = outcome {
                status = StatusLine(UIStrings.swedish.exportFailed(reason), isError: true)
            }
            return
        }
        var panel = d.panels[ReportPanel.self]
        if let line = panel.finished(job, outcome) { status = line }
        d.panels[ReportPanel.self] = panel
        screen = .dialogue(d)
    }
}
