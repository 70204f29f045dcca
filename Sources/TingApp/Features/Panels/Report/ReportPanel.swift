import DialogueKit
import Foundation
import TerminalKit

extension PanelID {
    /// The Rapport panel of Utvärdering.
    public static let report = PanelID("report")
}

/// The Rapport panel: the summary report previewed as text from the same model the Markdown and HTML come
/// from, scrolled with the arrows, and `e` to export it (or the schedule, the tables, the whole dialogue) to a
/// file named in a prompt. The file is written by the runtime (`Effect.export`); an existing file is replaced
/// only after a yes.
struct ReportPanel: Panel {
    /// What the panel is doing besides showing the preview.
    enum Mode: Equatable, Sendable {
        case browsing
        /// Choosing what to export; `selected` indexes `ExportChoice.all`.
        case choosingFormat(selected: Int)
        /// Typing the file's name.
        case naming(ExportChoice, TextEditor)
        /// The file exists: asking whether to replace it.
        case confirmingOverwrite(ExportJob)
    }

    /// What the panel's keys ask for.
    enum Action: Sendable {
        case scroll, export
        case moveChoice, choose, cancel
        case saveName
        case overwrite, keepFile
    }

    static let id = PanelID.report
    static var title: String { UIStrings.swedish.panelReport }

    /// The width of the box the file name is typed in, at most.
    static let promptWidth = 76

    /// The first line of the preview shown.
    var scroll = 0
    var mode: Mode = .browsing

    var isBrowsing: Bool { mode == .browsing }

    /// The preview made at the last key, kept while the dialogue, width and day stay the same.
    private(set) var preview: ReportPreview?

    /// The preview for `context`: the one kept when it is still current, else made now (a frame drawn before the
    /// panel heard of a change is still right, only slower).
    func currentPreview(_ context: PanelContext) -> ReportPreview {
        if let preview, preview.isCurrent(for: context.dialogue, width: context.area.width, today: context.today) {
            return preview
        }
        return ReportPreview(
            context.dialogue, width: context.area.width, today: context.today, calendar: context.calendar)
    }

    /// Rows of the panel the preview fills: all but the heading row.
    static func page(_ area: Rect) -> Int { max(1, area.height - 1) }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let s = UIStrings.swedish
        switch mode {
        case .browsing:
            return KeyMap([
                (KeyBinding([.up, .down], "↑↓", s.keyScroll), .scroll),
                (KeyBinding([.character("j"), .character("k")], "j/k", s.keyScroll, hintLine: false), .scroll),
                (KeyBinding([.pageUp, .pageDown, .character(" ")], "PgUp/PgDn", s.keyPage), .scroll),
                (KeyBinding([.home, .end], "Home/End", s.keyScroll, hintLine: false), .scroll),
                (KeyBinding("e", s.keyExport), .export),
            ])
        case .choosingFormat:
            return KeyMap([
                (KeyBinding([.up, .down, .character("k"), .character("j")], "↑↓", s.keyMove), .moveChoice),
                (KeyBinding([.enter], "Enter", s.keyChoose), .choose),
                (CommonBindings.cancel, .cancel), (CommonBindings.closeByQ.labelled(s.keyCancel), .cancel),
            ])
        case .naming:
            return CommonBindings.typing(save: .saveName, cancel: .cancel)
        case .confirmingOverwrite:
            return CommonBindings.confirmation(s.keyOverwrite, yes: .overwrite, no: .keepFile)
        }
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        preview = currentPreview(context)
        switch action {
        case .scroll:
            let page = Self.page(context.area)
            let last = max(0, currentPreview(context).lines.count - page)
            switch key {
            case .home: scroll = 0
            case .end: scroll = last
            default: scroll = min(max(0, min(scroll, last) + (key.scrollStep(page: page) ?? 0)), last)
            }
        case .export:
            mode = .choosingFormat(selected: 0)
        case .moveChoice:
            guard case .choosingFormat(let selected) = mode else { return [] }
            mode = .choosingFormat(
                selected: ListSelection.moved(selected, by: key, count: ExportChoice.all.count, page: 1) ?? selected)
        case .choose:
            guard case .choosingFormat(let selected) = mode else { return [] }
            let choice = ExportChoice.all[selected]
            let name = DialogueExport.suggestedFileName(
                for: context.dialogue, format: choice.format, table: choice.table)
            mode = .naming(choice, TextEditor(text: (context.exportFolder as NSString).appendingPathComponent(name)))
        case .cancel:
            mode = .browsing
        case .saveName:
            guard case .naming(let choice, let editor) = mode else { return [] }
            let path = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !path.isEmpty else {
                context.fail(UIStrings.swedish.exportNoFileName)
                return []
            }
            mode = .browsing
            return [
                .export(
                    ExportJob(
                        stem: context.stem, dialogue: context.dialogue, format: choice.format, table: choice.table,
                        path: path, folder: context.exportFolder, force: false))
            ]
        case .overwrite:
            guard case .confirmingOverwrite(var job) = mode else { return [] }
            mode = .browsing
            job.force = true
            return [.export(job)]
        case .keepFile:
            guard case .confirmingOverwrite(let job) = mode else { return [] }
            // Back to the name, to choose another.
            let choice = ExportChoice.all.first { $0.format == job.format && $0.table == job.table }
            mode = choice.map { .naming($0, TextEditor(text: job.path)) } ?? .browsing
        }
        return []
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        // Made again at the next key or frame; dropping it frees the old dialogue it holds.
        if let preview, preview.source != dialogue { self.preview = nil }
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        guard case .naming(let choice, var editor) = mode else { return nil }
        _ = editor.handle(key)
        mode = .naming(choice, editor)
        return []
    }

    /// What the runtime's export came to: the status line's sentence; an existing file asks before it is
    /// replaced, a failure goes back to the name so another can be typed.
    mutating func finished(_ job: ExportJob, _ outcome: ExportOutcome) -> StatusLine? {
        let s = UIStrings.swedish
        switch outcome {
        case .written(let path, let bytes):
            mode = .browsing
            return StatusLine(s.exported(path, bytes: bytes))
        case .exists:
            mode = .confirmingOverwrite(job)
            return nil
        case .failed(let reason):
            let choice = ExportChoice.all.first { $0.format == job.format && $0.table == job.table }
            mode = choice.map { .naming($0, TextEditor(text: job.path)) } ?? .browsing
            return StatusLine(s.exportFailed(reason), isError: true)
        }
    }
}
