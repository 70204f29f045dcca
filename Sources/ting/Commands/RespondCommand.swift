import ArgumentParser
import DialogueKit

/// `ting respond`: gives an input or a theme its response (what became of it), or clears it.
struct RespondCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract: "Svara på ett inspel eller ett tema: vad det blev av det, varför, och vilka beslut det ledde till.",
        discussion: """
            MÅL är ett inspels id (i12) eller ett tema (en tagg på inspelen). SVAR är ordet som det visas \
            (\(ResponseStatus.allCases.map(\.words).joined(separator: ", "))) eller dess id \
            (\(ResponseStatus.allCases.map(\.rawValue).joined(separator: ", "))). \
            Ett svar på ett inspel gäller före temats svar.
            """)

    @OptionGroup var target: DialogueArguments

    @Argument(help: ArgumentHelp("Inspelets id, eller ett tema.", valueName: "mål"))
    var answered: String

    @Argument(help: ArgumentHelp("Svaret, t.ex. genomförs eller \"ej aktuellt\".", valueName: "svar"))
    var status: [String] = []

    @Option(name: .long, help: "Skälet i ord; krävs för ej aktuellt.")
    var reason: String = ""

    @Option(name: .customLong("forward-to"), help: "Vart inspelet skickats vidare; krävs för utanför frågan.")
    var forwardTo: String?

    @Option(name: .long, help: "Ett besluts id som svaret ledde till (se `ting decision list`); upprepa för fler.")
    var decision: [String] = []

    @Flag(name: .long, help: "Ta bort svaret.")
    var clear = false

    func run() throws {
        let response = try self.response()
        let (words, _) = try target.change { dialogue, now in
            let actor = Environment.actor
            if dialogue.input(answered) != nil {
                try dialogue.respond(toInput: answered, with: response, by: actor, at: now)
                return "\(answered): \(response?.words ?? "inget svar")"
            }
            guard
                dialogue.inputs.contains(where: { !$0.isHidden && $0.tags.contains(answered) })
                    || dialogue.themeResponse(for: answered) != nil
            else {
                throw CLIError(
                    "'\(answered)' är varken ett inspels id eller ett tema i dialogen; "
                        + "`ting input list \(target.dialogue)` listar inspelen med deras teman.")
            }
            try dialogue.respond(toTheme: answered, with: response, by: actor, at: now)
            return "temat \(answered): \(response?.words ?? "inget svar")"
        }
        Output.print(words)
    }

    /// The response the arguments give, nil for `--clear`; refuses an unknown status and a clear with one.
    private func response() throws -> Response? {
        let word = status.joined(separator: " ")
        if clear {
            guard word.isEmpty, reason.isEmpty, forwardTo == nil, decision.isEmpty else {
                throw CLIError(
                    "--clear tar bort svaret; ange inget svar, --reason, --forward-to eller --decision med det.")
            }
            return nil
        }
        guard !word.isEmpty else {
            throw CLIError("Ange ett svar efter målet, t.ex. genomförs, eller --clear för att ta bort svaret.")
        }
        guard let found = ResponseStatus(word: word) else {
            let words = ResponseStatus.allCases.map {
                $0.words == $0.rawValue ? $0.words : "\($0.words) (\($0.rawValue))"
            }
            .joined(separator: ", ")
            throw CLIError("'\(word)' är inget svar; skriv ett av: \(words).")
        }
        return Response(status: found, reason: reason, forwardedTo: forwardTo, decisions: decision)
    }
}
