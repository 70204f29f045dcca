import ArgumentParser
import DialogueKit

/// `ting template check FILE`: validates a template file, saying where a problem is and what to
/// write instead, or summing up what the template holds.
struct TemplateCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollera en mallfil: var något är fel och vad som ska stå i stället.",
        discussion: """
            Skriver en sammanfattning och avslutar med 0 om mallen är giltig; annars visas felet med \
            fil, rad och kolumn och kommandot avslutar med 1. Formatet beskrivs i TEMPLATES.md.
            """)

    @Argument(help: "Mallfilen, t.ex. ~/.config/ting/templates/egen.toml.")
    var file: String

    func run() throws {
        let template: Template
        do {
            template = try TemplateCatalog.check(path: file)
        } catch {
            throw CLIError(error.description)
        }
        Output.print(Self.summary(template, file: file))
    }

    /// What a valid template holds: id, name, source, phases with their item counts, levels and roles.
    static func summary(_ template: Template, file: String) -> String {
        let phases = template.phases.map { "\($0.title) \($0.items.count)" }.joined(separator: ", ")
        let levels = template.levels.map { "\($0.name) (\($0.degree.map(String.init) ?? "–"))" }
        let roles = template.roles.map(\.name)
        let lines = [
            "\(file): mallen är giltig.",
            "  Id:      \(template.id), version \(template.version)",
            "  Namn:    \(template.name)",
            "  Källa:   \(template.source.citation)",
            "  Punkter: \(template.allItems.count) (\(phases))",
            "  Nivåer:  \(levels.joined(separator: ", "))",
            "  Roller:  \(roles.isEmpty ? "inga" : roles.joined(separator: ", "))",
        ]
        return lines.joined(separator: "\n")
    }
}
