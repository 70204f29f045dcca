import TerminalKit
import Testing

@Suite("Theme files")
struct ThemeParsingTests {
    private static let minimal = """
        name = "prov"
        description = "Ett provtema"
        [palette]
        bg = "default"
        fg = 252
        accent = "#5fafd7"
        warm = "bright-red"
        [roles]
        normal = { fg = "fg", bg = "bg" }
        selection = { fg = "bg", bg = "accent", bold = true }
        tab-active = { fg = "warm", reverse = true, underline = true }
        """

    private func error(_ toml: String, sourceLocation: SourceLocation = #_sourceLocation) -> ThemeError? {
        do {
            _ = try Theme(toml: toml, file: "teman/prov.toml")
            Issue.record("expected an error", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsPaletteRolesAndAttributes() throws {
        let theme = try Theme(toml: Self.minimal, file: "prov.toml")
        #expect(theme.name == "prov")
        #expect(theme.description == "Ett provtema")
        #expect(theme[.normal] == RoleColors(fg: .index(252), bg: .terminalDefault))
        #expect(theme[.selection] == RoleColors(fg: .terminalDefault, bg: .index(74), bold: true))
        #expect(theme[.tabActive] == RoleColors(fg: .index(9), underline: true, reverse: true))
        #expect(!theme.isMonochrome)
    }

    @Test func aMissingRoleIsDrawnLikeNormal() throws {
        let theme = try Theme(toml: Self.minimal, file: "prov.toml")
        #expect(theme.roles.count == StyleRole.allCases.count)
        #expect(theme[.warning] == theme[.normal])
        #expect(theme.roles[.hint] == RoleColors(fg: .index(252)))
    }

    @Test func nameDefaultsToTheFileName() throws {
        let theme = try Theme(toml: "[roles]\nnormal = { bold = true }\n", file: "/tmp/x/solnedgång.toml")
        #expect(theme.name == "solnedgång")
        #expect(theme[.title].bold)
        #expect(theme.isMonochrome)
    }

    @Test func syntaxErrorsGiveLineAndColumn() {
        let toml = "name = \"prov\"\n[roles]\nnormal = { fg = \"fg\" \n"
        guard case .syntax(let file, let line, let column, _) = error(toml) else {
            Issue.record("not a syntax error")
            return
        }
        #expect(file == "teman/prov.toml")
        #expect(line == 3)
        #expect(column > 1)
        let message = error(toml)?.description ?? ""
        #expect(message.hasPrefix("Temafilen teman/prov.toml har ett syntaxfel på rad 3, kolumn "))
        #expect(message.hasSuffix("rätta TOML-syntaxen där."))
    }

    @Test func unknownPaletteNameNamesTheKeyAndTheChoices() {
        let toml = "[palette]\naccent = 4\nbg = 0\n[roles]\nselection = { fg = \"acent\" }\n"
        #expect(
            error(toml)
                == .unknownPaletteName(
                    file: "teman/prov.toml", keyPath: "roles.selection.fg", name: "acent",
                    known: ["accent", "bg"]))
        #expect(
            error(toml)?.description
                == "Temafilen teman/prov.toml använder färgnamnet ”acent” i roles.selection.fg, men det "
                + "finns inte i [palette]; lägg till det där eller använd något av accent, bg.")
    }

    @Test func unknownRoleListsTheRoles() {
        let error = error("[roles]\ntabActive = { bold = true }\n")
        #expect(error == .unknownRole(file: "teman/prov.toml", keyPath: "roles.tabActive"))
        #expect(error?.description.contains("tab-active, tab-inactive, selection") == true)
    }

    @Test(arguments: [
        ("\"#5fafz7\"", "”#5fafz7”"), ("\"rosa\"", "”rosa”"), ("256", "256"), ("-1", "-1"),
        ("\"#fff\"", "”#fff”"),
    ])
    func invalidColorsNameTheValueAndTheForms(value: String, shown: String) {
        let error = error("[palette]\naccent = \(value)\n")
        #expect(error == .invalidColor(file: "teman/prov.toml", keyPath: "palette.accent", value: shown))
        #expect(error?.description.contains("”#rrggbb”") == true)
    }

    @Test func wrongTypesSayWhatBelongsThere() {
        #expect(
            error("[roles]\nnormal = { bold = \"ja\" }\n")
                == .wrongType(
                    file: "teman/prov.toml", keyPath: "roles.normal.bold", expected: "true eller false"))
        #expect(
            error("name = 3\n")
                == .wrongType(file: "teman/prov.toml", keyPath: "name", expected: "en text inom citattecken"))
        guard case .wrongType(_, "roles.normal", _) = error("[roles]\nnormal = \"fg\"\n") else {
            Issue.record("a role that is not a table must be rejected")
            return
        }
        guard case .wrongType(_, "palette.bg", _) = error("[palette]\nbg = true\n") else {
            Issue.record("a color that is neither text nor number must be rejected")
            return
        }
    }

    @Test func unknownKeysAreRejectedWithTheAllowedOnes() {
        #expect(
            error("[roles]\nnormal = { bolt = true }\n")
                == .unknownKey(
                    file: "teman/prov.toml", keyPath: "roles.normal.bolt",
                    allowed: ["fg", "bg", "bold", "underline", "reverse"]))
        #expect(
            error("namn = \"x\"\n")
                == .unknownKey(
                    file: "teman/prov.toml", keyPath: "namn",
                    allowed: ["name", "description", "palette", "roles"]))
    }

    @Test func everyMessageIsOneSwedishSentenceNamingTheFile() {
        let errors: [ThemeError] = [
            .syntax(file: "f.toml", line: 1, column: 2, reason: "x"),
            .unknownRole(file: "f.toml", keyPath: "roles.x"),
            .unknownPaletteName(file: "f.toml", keyPath: "roles.normal.fg", name: "x", known: []),
            .invalidColor(file: "f.toml", keyPath: "palette.x", value: "”x”"),
            .unknownKey(file: "f.toml", keyPath: "x", allowed: ["name"]),
            .wrongType(file: "f.toml", keyPath: "x", expected: "true eller false"),
        ]
        for error in errors {
            #expect(error.description.hasPrefix("Temafilen f.toml "))
            #expect(error.description.hasSuffix("."))
            #expect(error.localizedDescription == error.description)
        }
    }
}
