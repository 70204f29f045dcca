import DialogueKit
import Foundation
import TerminalKit

/// The open dialogue's saved versions, newest first: number, when (in `timeZone`), who and what changed.
enum HistoryView {
    static func render(_ list: PickListState<DialogueVersion>, timeZone: TimeZone, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let versions = list.entries
        let count = versions?.count ?? 0
        let authorWidth = versions?.map { DisplayWidth.of($0.author ?? s.unknownAuthor) }.max() ?? 0
        let rows = versions?.map { version in
            let author = version.author ?? s.unknownAuthor
            let padding = String(repeating: " ", count: max(0, authorWidth - DisplayWidth.of(author)))
            return "\(version.number)  \(version.savedAt.minuteText(in: timeZone))  \(author)\(padding)  "
                + summary(of: version, isOldest: version.number == count)
        }
        var detail: [String] = []
        if let version = list.selectedEntry {
            var heading = "\(s.version) \(version.number) · \(version.savedAt.minuteText(in: timeZone))"
            heading += " · \(version.author ?? s.unknownAuthor)"
            if version.isCurrent { heading += " · \(s.currentVersion)" }
            detail = [heading] + changes(of: version, isOldest: version.number == count).map { "• \($0)" }
        }
        let question =
            list.isConfirming
            ? list.selectedEntry.map { version in
                (
                    title: "\(s.confirmRestoreVersion) \(version.number)?",
                    lines: [
                        "\(version.savedAt.minuteText(in: timeZone)) · \(version.author ?? s.unknownAuthor)", "",
                        s.restoreKeepsCurrent, "", s.yesNo,
                    ]
                )
            } : nil
        PickListView.render(
            PickListView.Content(
                title: s.historyTitle, rows: rows, loading: s.historyLoading, empty: s.historyLoading,
                selected: list.selected, detail: detail, question: question),
            into: &buffer)
    }

    /// The version's changes in words, or why there are none.
    private static func changes(of version: DialogueVersion, isOldest: Bool) -> [String] {
        let s = UIStrings.swedish
        if let problem = version.problem { return ["\(s.unreadableVersion): \(problem)"] }
        if version.changes.isEmpty { return [isOldest ? s.oldestVersion : s.noContentChange] }
        return version.changes
    }

    /// The first change, and how many more, for the version's row.
    private static func summary(of version: DialogueVersion, isOldest: Bool) -> String {
        let all = changes(of: version, isOldest: isOldest)
        let first = all.first ?? ""
        return all.count > 1 ? "\(first) (+\(all.count - 1))" : first
    }
}
