import ArgumentParser
import DialogueKit

/// `ting answer`: answers a gate question (ja/nej), an open question, a date or the level.
struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "Svara på en punkt: ja/nej för kontrollfrågor, text för frågor, ÅÅÅÅ-MM-DD för datum.")

    @OptionGroup var target: DialogueArguments

    @Argument(help: "Punktens id (se `ting show`).")
    var item: String

    @Argument(help: "Svaret. En tom sträng tar bort svaret.")
    var value: String

    func run() throws {
        let dialogue = try target.edit(item: item, edit(for:in:))
        if case .stopped(let recommendation, _) = dialogue.gateResult {
            Output.print("STOPP: \(recommendation)")
        }
    }

    private func edit(for item: ChecklistItem, in dialogue: Dialogue) throws -> ItemEdit {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        switch item.kind {
        case .check:
            throw CLIError("Punkten '\(item.id)' är ett steg: bocka av den med `ting tick`.")
        case .gate:
            if text.isEmpty { return .answer(nil) }
            guard let answer = GateAnswer(word: text) else {
                throw CLIError("Svara ja eller nej på kontrollfrågan '\(item.id)', inte '\(text)'.")
            }
            return .answer(answer)
        case .question:
            return .response(value)
        case .date:
            if text.isEmpty { return .date(nil) }
            return .date(try CLIValues.date(text, option: ""))
        case .level:
            let level = dialogue.levels.first {
                $0.id == text
                    || $0.name.compare(text, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
            }
            if text.isEmpty { return .response(nil) }
            return .response(level?.id ?? text)
        }
    }
}
