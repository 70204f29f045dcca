import DialogueKit
import Foundation
import TerminalKit

/// The library's trash: the dialogues deleted (when, in `timeZone`), most recently first, any of which
/// can be put back.
enum TrashView {
    static func render(_ list: PickListState<TrashedDialogue>, timeZone: TimeZone, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let rows = list.entries?.map { entry in
            "\(entry.deletedAt.minuteText(in: timeZone))  \(entry.title ?? s.untitled)"
        }
        let detail =
            list.selectedEntry.map { entry in
                [
                    "\(s.trashFile): \(DialogueStore.trashFolder)/\(DialogueFileName.fileName(of: entry.name))",
                    "\(s.deleted) \(entry.deletedAt.minuteText(in: timeZone)); \(s.wasNamed) "
                        + DialogueFileName.fileName(of: entry.originalStem),
                ]
            } ?? []
        let question =
            list.isConfirming
            ? list.selectedEntry.map { entry in
                (
                    title: s.confirmUntrash,
                    lines: [entry.title ?? entry.name, "", s.untrashKeepsOthers, "", s.yesNo]
                )
            } : nil
        PickListView.render(
            PickListView.Content(
                title: s.trashTitle, rows: rows, loading: s.trashLoading, empty: s.trashEmpty, selected: list.selected,
                detail: detail, question: question),
            into: &buffer)
    }
}
