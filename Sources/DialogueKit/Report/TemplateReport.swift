/// A template as plain text for `ting template show`: its source, gate, roles with their
/// responsibilities, levels with degree, promise and methods, and every item of every phase
/// with kind, role and guidance. Not escaped for a terminal; the caller does that.
public enum TemplateReport {
    static let width = 80
    static let indent = "      "

    public static func text(_ template: Template) -> String {
        var lines = ["\(template.name) (\(template.id), version \(template.version))"]
        lines.append(String(repeating: "=", count: max(1, lines[0].count)))
        lines += PlainTextWrapper.block(template.source.citation, firstPrefix: "Källa: ", width: width)
        if let adoption = template.source.adoption {
            lines += PlainTextWrapper.block(adoption, firstPrefix: "Antagen: ", width: width)
        }
        lines += ["", "Om handboken"] + PlainTextWrapper.block(template.about, firstPrefix: "  ", width: width)
        lines += ["", "Kontrollfrågor: vid nej"]
        lines += PlainTextWrapper.block(template.gate.recommendation, firstPrefix: "  ", width: width)
        if !template.roles.isEmpty { lines += ["", "Roller"] }
        for role in template.roles {
            lines.append("  \(role.name) [\(role.id)]")
            for responsibility in role.responsibilities {
                lines += PlainTextWrapper.block(responsibility, firstPrefix: indent + "- ", width: width)
            }
        }
        lines += ["", "Inflytandenivåer"]
        for level in template.levels {
            let kind = level.isDialogue ? "dialog" : "inte dialog"
            let degree = level.degree.map { ", trappsteg \($0)" } ?? ""
            lines.append("  \(level.name) [\(level.id)] – \(kind)\(degree)")
            if let get = level.residentsGet { lines += PlainTextWrapper.block(get, firstPrefix: indent, width: width) }
            lines += PlainTextWrapper.block(level.description, firstPrefix: indent, width: width)
            if let promise = level.promise {
                lines += PlainTextWrapper.block(promise, firstPrefix: indent + "Löfte: ", width: width)
            }
            if !level.methods.isEmpty {
                lines += PlainTextWrapper.block(
                    level.methods.joined(separator: ", "), firstPrefix: indent + "Metoder: ", width: width)
            }
        }
        for (number, phase) in template.phases.enumerated() {
            lines += [
                "",
                "\(number + 1). \(phase.title) (\(SwedishCount.phrase(phase.items.count, one: "punkt", other: "punkter")))",
            ]
            if let intro = phase.intro { lines += PlainTextWrapper.block(intro, firstPrefix: "  ", width: width) }
            for item in phase.items {
                var head = "  - \(item.id) [\(item.kind.swedishName)]"
                if let role = item.role { head += " (\(template.roles.first { $0.id == role }?.name ?? role))" }
                if let slot = item.schedule {
                    head += " → \(slot.phase.defaultTitle) \(slot.bound == .start ? "start" : "slut")"
                }
                lines.append(head)
                lines += PlainTextWrapper.block(item.text, firstPrefix: indent, width: width)
                if let guidance = item.guidance {
                    lines += PlainTextWrapper.block(guidance, firstPrefix: indent + "Vägledning: ", width: width)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
