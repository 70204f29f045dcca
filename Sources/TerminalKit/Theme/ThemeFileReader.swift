import TOMLKit

/// Turns a theme file's TOML into a `Theme`, naming the file and key path of every mistake.
struct ThemeFileReader {
    /// The file as named in error messages.
    let file: String

    private static let topLevelKeys = ["name", "description", "palette", "roles"]
    private static let roleKeys = ["fg", "bg", "bold", "underline", "reverse"]

    func read(_ text: String) throws(ThemeError) -> Theme {
        let document = try parse(text)
        try rejectUnknownKeys(in: document, allowed: Self.topLevelKeys, path: "")
        let name = try string(document["name"], at: "name") ?? fileStem
        let description = try string(document["description"], at: "description") ?? ""
        let palette = try readPalette(document["palette"])
        let listed = try readRoles(document["roles"], palette: palette)
        let normal = listed[.normal] ?? RoleColors()
        var roles: [StyleRole: RoleColors] = [:]
        for role in StyleRole.allCases { roles[role] = listed[role] ?? normal }
        return Theme(name: name, description: description, roles: roles)
    }

    private func parse(_ text: String) throws(ThemeError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let place = error.source.begin
            throw .syntax(file: file, line: place.line, column: place.column, reason: error.description)
        } catch {
            throw .syntax(file: file, line: 1, column: 1, reason: String(describing: error))
        }
    }

    private func readPalette(_ value: TOMLValueConvertible?) throws(ThemeError) -> [String: ThemeColor] {
        guard let value else { return [:] }
        let table = try self.table(value, at: "palette")
        var palette: [String: ThemeColor] = [:]
        for key in table.keys {
            let path = "palette.\(key)"
            guard let entry = table[key] else { continue }
            switch entry.type {
            case .string:
                let text = entry.string ?? ""
                guard let color = ThemeColor(themeText: text) else {
                    throw .invalidColor(file: file, keyPath: path, value: "”\(text)”")
                }
                palette[key] = color
            case .int:
                let number = entry.int ?? -1
                guard let color = ThemeColor(themeNumber: number) else {
                    throw .invalidColor(file: file, keyPath: path, value: String(number))
                }
                palette[key] = color
            default:
                let expected = "en färg som text (t.ex. ”#5fafd7”) eller ett tal 0–255"
                throw .wrongType(file: file, keyPath: path, expected: expected)
            }
        }
        return palette
    }

    private func readRoles(_ value: TOMLValueConvertible?, palette: [String: ThemeColor])
        throws(ThemeError) -> [StyleRole: RoleColors]
    {
        guard let value else { return [:] }
        let table = try self.table(value, at: "roles")
        var roles: [StyleRole: RoleColors] = [:]
        for key in table.keys {
            let path = "roles.\(key)"
            guard let role = StyleRole(themeKey: key) else { throw .unknownRole(file: file, keyPath: path) }
            guard let entry = table[key] else { continue }
            let fields = try self.table(entry, at: path)
            try rejectUnknownKeys(in: fields, allowed: Self.roleKeys, path: path + ".")
            roles[role] = RoleColors(
                fg: try color(fields["fg"], at: path + ".fg", palette: palette),
                bg: try color(fields["bg"], at: path + ".bg", palette: palette),
                bold: try flag(fields["bold"], at: path + ".bold"),
                underline: try flag(fields["underline"], at: path + ".underline"),
                reverse: try flag(fields["reverse"], at: path + ".reverse")
            )
        }
        return roles
    }

    private func color(_ value: TOMLValueConvertible?, at path: String, palette: [String: ThemeColor])
        throws(ThemeError) -> ThemeColor
    {
        guard let name = try string(value, at: path) else { return .terminalDefault }
        guard let color = palette[name] else {
            throw .unknownPaletteName(file: file, keyPath: path, name: name, known: palette.keys.sorted())
        }
        return color
    }

    private func flag(_ value: TOMLValueConvertible?, at path: String) throws(ThemeError) -> Bool {
        guard let value else { return false }
        guard value.type == .bool, let flag = value.bool else {
            throw .wrongType(file: file, keyPath: path, expected: "true eller false")
        }
        return flag
    }

    private func string(_ value: TOMLValueConvertible?, at path: String) throws(ThemeError) -> String? {
        guard let value else { return nil }
        guard value.type == .string, let text = value.string else {
            throw .wrongType(file: file, keyPath: path, expected: "en text inom citattecken")
        }
        return text
    }

    private func table(_ value: TOMLValueConvertible, at path: String) throws(ThemeError) -> TOMLTable {
        guard value.type == .table, let table = value.table else {
            let expected = "en tabell, t.ex. [\(path)] eller { fg = \"fg\" }"
            throw .wrongType(file: file, keyPath: path, expected: expected)
        }
        return table
    }

    private func rejectUnknownKeys(in table: TOMLTable, allowed: [String], path: String) throws(ThemeError) {
        if let unknown = table.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw .unknownKey(file: file, keyPath: path + unknown, allowed: allowed)
        }
    }

    /// The file's name without folders and ".toml": the theme's name when the file gives none.
    private var fileStem: String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".toml") ? String(last.dropLast(5)) : last
    }
}
