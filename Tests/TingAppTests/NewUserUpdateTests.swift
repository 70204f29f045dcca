import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// What a new user stumbled on (issue 7, part 5), key by key through the pure update and the views.
struct NewUserUpdateTests {
    private typealias F = PanelFixtures

    /// A new dialogue from a built-in handbook, open on the dialogue screen.
    private func open(
        _ templateID: String, size: Size = Size(width: 80, height: 24), edit: (inout Dialogue) -> Void = { _ in }
    )
        -> AppState
    {
        let template = BuiltInTemplates.all.first { $0.id == templateID }!
        var dialogue = Dialogue(template: template, title: "Parken", now: Fixtures.now)
        edit(&dialogue)
        var state = AppState(
            size: size, templates: [template], libraryPath: "/tmp/bibliotek", actor: "anna", now: Fixtures.now)
        state.open(LoadedDialogue(stem: "parken", dialogue: dialogue, isReadOnly: false, readOnlyReason: nil))
        return state
    }

    /// Answers the first gate question "nej".
    private func stopped(_ dialogue: inout Dialogue) {
        let gate = dialogue.allItems.first { $0.kind == .gate }!
        try? dialogue.apply(.answer(.no), to: gate.id, by: "anna", at: Fixtures.now)
    }

    private func viewer(_ state: AppState) -> TextViewer? {
        if case .reading(let viewer) = Fixtures.screen(state)?.mode { return viewer }
        return nil
    }

    // MARK: The banner

    @Test func sollentunasWholeStoppInstructionCanBeRead() throws {
        var state = open("sollentuna", edit: stopped)
        let screen = F.text(state)
        #expect(screen.contains("… (S: hela texten)"), "the cut banner says how to read the rest:\n\(screen)")
        #expect(!screen.contains("Varför har vi inte arrangerat"), "the banner has three lines at most")
        _ = F.press([.character("S")], on: &state)
        let viewer = try #require(self.viewer(state))
        #expect(viewer.title == "STOPP")
        _ = F.press([.end], on: &state)
        let whole = F.text(state)
        #expect(whole.contains("Varför har vi tagit detta beslut?"), "\(whole)")
        #expect(whole.contains("Varför har vi inte arrangerat en medborgardialog?"), "\(whole)")
        _ = F.press([.escape], on: &state)
        #expect(self.viewer(state) == nil)
    }

    @Test(arguments: PanelFixtures.planningPanels)
    func theBannersKeyWorksOnEveryPanelAndIsInTheHelp(panel: PanelID) throws {
        var state = open("lund", edit: stopped)
        let planning = try #require(Fixtures.screen(state)?.dialogue.phases.firstIndex { $0.phase == .planning })
        _ = F.press([.character(Character(String(planning + 1)))], on: &state)
        F.show(panel, on: &state)
        #expect(Fixtures.screen(state)?.frontPanel == panel)
        #expect(Keymap.hints(for: state).contains { $0.keyText == "S" && $0.label == UIStrings.swedish.keyFullBanner })
        #expect(
            Keymap.hints(for: state).contains { $0.label == UIStrings.swedish.gateNoMeaning },
            "a panel's help explains the tabs' signs too")
        _ = F.press([.character("S")], on: &state)
        let viewer = try #require(self.viewer(state), "S reaches the banner from the \(panel) panel too")
        #expect(viewer.text.contains("medborgardialog är inte information"), "Lund's second paragraph is there")
    }

    @Test func theViewerScrollsByLineAndPageWithinTheText() throws {
        var state = open("sollentuna", size: Size(width: 40, height: 12), edit: stopped)
        _ = F.press([.character("S")], on: &state)
        let layout = TextViewerLayout(size: state.size, viewer: try #require(self.viewer(state)))
        #expect(layout.maximumScroll > 0, "at 40×12 the instruction is longer than the box")
        _ = F.press([.up, .character("k")], on: &state)
        #expect(viewer(state)?.scroll == 0)
        _ = F.press([.character("j")], on: &state)
        #expect(viewer(state)?.scroll == 1)
        _ = F.press([.pageDown, .pageDown, .pageDown, .pageDown], on: &state)
        #expect(viewer(state)?.scroll == layout.maximumScroll)
        #expect(F.text(state).contains("av \(layout.lines.count)"), "the box says where in the text it is")
    }

    // MARK: Tabs

    @Test func aGateAnsweredNejIsNotDoneAndEachSignMeansOneThing() {
        var state = open("helsingborg")
        let titles = { (state: AppState) in
            DialogueView.tabMarks(Fixtures.screen(state)!.dialogue, today: state.today)
        }
        #expect(titles(state)[0] == "?", "Beslut has unanswered gates")
        for _ in 0..<5 { _ = F.press([.character("y"), .down], on: &state) }
        #expect(titles(state)[0] == "✓")
        _ = F.press([.up, .character("n")], on: &state)
        #expect(titles(state)[0] == "✗", "a nej is not done")
        #expect(!F.text(state).contains("Beslut ✓"))
        #expect(F.text(state).contains("1 Beslut ✗"))
    }

    @Test func lundsEmptyUtvarderingSaysItHasNoItems() {
        var state = open("lund")
        let lund = Fixtures.screen(state)!.dialogue
        let evaluation = lund.phases.firstIndex { $0.phase == .evaluation }!
        #expect(lund.phases[evaluation].items.isEmpty)
        #expect(DialogueView.tabMarks(lund, today: state.today)[evaluation] == "(tom)")
        _ = F.press([.character(Character(String(evaluation + 1)))], on: &state)
        let screen = F.text(state)
        #expect(screen.contains("Utvärdering (tom)"), "\(screen)")
        #expect(screen.contains(UIStrings.swedish.emptyPhase))
    }

    @Test func anOverduePhaseAndAnUnansweredGateHaveDifferentSigns() {
        var state = open("helsingborg") { dialogue in
            try? dialogue.apply(
                .date(LocalDate("2020-01-31")), to: "planering.tidplan.beslut-slut", by: "anna", at: Fixtures.now)
        }
        #expect(DialogueView.tabMarks(Fixtures.screen(state)!.dialogue, today: state.today)[0] == "? !")
        _ = F.press([.character("?")], on: &state)
        var help = F.text(state)
        #expect(help.contains("↓/PgDn visar fler"), "at 80×24 the help scrolls:\n\(help)")
        for _ in 0..<4 {
            _ = F.press([.pageDown], on: &state)
            help += F.text(state)
        }
        #expect(state.showsHelp, "scrolling keys keep the help open")
        _ = F.press([.character("x")], on: &state)
        #expect(!state.showsHelp, "any other key closes it")
        #expect(help.contains(UIStrings.swedish.gateOpenMeaning))
        _ = F.press([.character("?"), .pageDown], on: &state)
        _ = update(&state, .clicked(Point(x: 0, y: 0)))
        #expect(!state.showsHelp, "a click closes it too")
        _ = F.press([.character("?")], on: &state)
        #expect(state.helpScroll == 0, "and it opens at its top again")
        #expect(help.contains(UIStrings.swedish.overdueMeaning))
    }

    // MARK: Space and Enter

    @Test func spaceOnAQuestionNeverStartsTyping() {
        var state = Fixtures.dialogueState()
        _ = F.press([.character("2")], on: &state)
        #expect(F.press([.character(" ")], on: &state).isEmpty)
        #expect(state.status?.text == UIStrings.swedish.spaceDoesNotEdit, "Space says that Enter answers")
        let effects = F.press([.character("j"), .character("j")], on: &state)
        #expect(effects.isEmpty)
        guard case .browsing = Fixtures.screen(state)?.mode else {
            Issue.record("Space opened an editor")
            return
        }
        #expect(Fixtures.screen(state)?.selectedItem[1] == 2, "the j keys moved down instead of being typed")
        _ = F.press([.enter], on: &state)
        guard case .editingItem(id: "p.start", _) = Fixtures.screen(state)?.mode else {
            Issue.record("Enter opens the editor")
            return
        }
    }

    @Test func spaceOnAFormsTextFieldNeverStartsTyping() {
        var state = F.state(.people)
        _ = F.press([.character("a")] + F.type("Anna") + [.enter], on: &state)
        _ = F.press([.character(" ")], on: &state)
        #expect(Fixtures.screen(state)?.panels[PeoplePanel.self].people.form?.editor == nil, "Space on the name field")
        var groups = F.state(.groups)
        _ = F.press([.character("a")] + F.type("Unga") + [.enter, .enter, .character(" ")], on: &groups)
        guard case .editing(let form) = Fixtures.screen(groups)?.panels[GroupsPanel.self].mode else {
            Issue.record("the group's form is open")
            return
        }
        #expect(form.editor == nil, "Space on the name row of a group")
    }

    // MARK: Guidance and advice

    @Test func vanersborgsFiveAspectsOfParticipationAreAllReachable() throws {
        var state = open("vanersborg")
        let d = Fixtures.screen(state)!
        let phase = d.dialogue.phases.firstIndex {
            $0.items.contains { $0.id == "genomforande.mojliggor-delaktighet" }
        }!
        _ = F.press([.character(Character(String(phase + 1)))], on: &state)
        let row = d.dialogue.phases[phase].items.firstIndex { $0.id == "genomforande.mojliggor-delaktighet" }!
        _ = F.press(Array(repeating: .down, count: row) + [.character("g")], on: &state)
        let box = F.text(state)
        #expect(box.contains("… (G: hela texten)"), "the cut box says how to read the rest:\n\(box)")
        _ = F.press([.character("G")], on: &state)
        let viewer = try #require(self.viewer(state))
        #expect(viewer.text.hasPrefix("Säkerställ att det är möjligt för målgruppen att delta."))
        var seen = ""
        for _ in 0..<12 {
            seen += F.text(state)
            _ = F.press([.pageDown], on: &state)
        }
        for aspect in ["Välj metod:", "Kommunikation:", "Information:", "Tillgänglighet:", "Analys:"] {
            #expect(seen.contains(aspect), "\(aspect) is readable")
        }
    }

    @Test func aQuadrantsAdviceIsWholeOnAWideScreenAndOneKeyAwayOnAnyOther() throws {
        var state = open("vanersborg", size: Size(width: 180, height: 50))
        F.show(.groups, on: &state)
        _ = F.press([.character("2")], on: &state)
        F.show(.groups, on: &state)
        let wide = F.text(state)
        #expect(wide.contains("tilliten är låg"), "\(wide)")
        #expect(wide.contains("│ till."), "the advice's third line shows at 180 columns:\n\(wide)")
        #expect(!wide.contains("lyssnade …"), "the advice is not cut to two lines")
        _ = F.press([.character("G")], on: &state)
        let viewer = try #require(self.viewer(state))
        #expect(viewer.title == "Prioritet 1")
        #expect(viewer.text.hasSuffix("känner sig lyssnade till."))
    }

    // MARK: The filter

    @Test func anAppliedFilterIsMarkedAndSaysHowToClearIt() {
        var state = Fixtures.dialogueState()
        _ = F.press([.character("2"), .character("/")] + F.type("start") + [.enter], on: &state)
        let screen = F.text(state)
        #expect(screen.contains("Filter: start (1 av 4) · Esc tömmer"), "\(screen)")
        #expect(
            Keymap.hints(for: state).contains { $0.keyText == "Esc" && $0.label == UIStrings.swedish.keyClearFilter })
        _ = F.press([.escape], on: &state)
        #expect(!F.text(state).contains("Filter:"))
        #expect(Fixtures.screen(state)?.filter == "")
    }

    // MARK: New records

    @Test func escapeOnANewGoalLeavesNoGoal() {
        var state = F.state(.goals)
        var effects = F.press([.character("a"), .enter], on: &state)
        #expect(F.saved(effects)?.planning.goals.count == 1)
        effects = F.press([.escape], on: &state)
        #expect(F.saved(effects)?.planning.goals.isEmpty == true, "the empty goal is taken away again")
        #expect(Fixtures.screen(state)?.dialogue.planning.goals.isEmpty == true)
        effects = F.press([.character("a"), .enter, .enter], on: &state)
        #expect(F.saved(effects)?.planning.goals.isEmpty == true, "Enter on nothing takes it away too")
        effects = F.press([.character("a"), .enter] + F.type("Fler unga deltar") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.goals.map(\.goal) == ["Fler unga deltar"])
        effects = F.press([.enter, .escape], on: &state)
        #expect(effects.isEmpty, "Esc on a goal that was already there changes nothing")
        #expect(Fixtures.screen(state)?.dialogue.planning.goals.count == 1)
    }

    @Test func escapeOnEveryOtherNewRecordAddsNothing() {
        for (panel, add) in [
            (PanelID.groups, [Key.character("a")]), (.people, [.character("a")]), (.risks, [.character("a")]),
            (.risks, [.tab, .character("a")]), (.schedule, [.character("a")]),
        ] {
            var state = F.state(panel)
            let effects = F.press(add + F.type("Halvfärdig") + [.escape], on: &state)
            #expect(effects.isEmpty, "\(panel)")
            #expect(Fixtures.screen(state)?.dialogue.planning == Planning(), "\(panel) kept nothing")
        }
    }

    // MARK: Narrow forms

    @Test func formLabelsNeverRunIntoTheirValuesAtFortyColumns() throws {
        var state = F.state(.groups, size: Size(width: 40, height: 16))
        _ = F.press([.character("a")] + F.type("Unga") + [.enter, .enter, .down, .enter], on: &state)
        _ = F.press(F.type("Många unga i Råå") + [.enter], on: &state)
        let rows = F.text(state).split(separator: "\n").map(String.init)
        let row = try #require(rows.first { $0.contains("Många") }, "\(rows)")
        #expect(!row.contains("BeskrivniMånga"), "\(row)")
        #expect(row.contains("… Många") || row.contains("g  Många"), "a gap parts label and value: \(row)")
        var schedule = F.state(.schedule, size: Size(width: 40, height: 24))
        _ = F.press([.character("a")] + F.type("Möte") + [.enter], on: &schedule)
        let form = F.text(schedule)
        #expect(form.contains("  Förväntade deltagare"), "the label is whole on its own row:\n\(form)")
        #expect(!form.contains("deltagare–"), "\(form)")
        var small = F.state(.schedule, size: Size(width: 40, height: 12))
        _ = F.press([.character("a")] + F.type("Möte") + [.enter], on: &small)
        #expect(!F.text(small).contains("Tillgänglighet"), "at 40×12 the form is higher than the box")
        _ = F.press(Array(repeating: .down, count: ActivityForm.Field.allCases.count), on: &small)
        #expect(F.text(small).contains("> Tillgänglighet"), "the fields scroll to the selected one:\n\(F.text(small))")
    }

    // MARK: Counts and questions

    @Test func countsUseTheRightNumber() {
        let s = UIStrings.swedish
        #expect(s.count(1, s.dialogue, s.dialogues) == "1 dialog")
        #expect(s.count(0, s.dialogue, s.dialogues) == "0 dialoger")
        #expect(s.count(2, s.damagedOne, s.damagedCount) == "2 skadade")
        var state = AppState(
            size: Size(width: 80, height: 24), templates: [Fixtures.template], libraryPath: "/tmp/bibliotek",
            actor: "anna", now: Fixtures.now)
        _ = update(
            &state,
            .libraryListed([
                .dialogue(DialogueSummary(stem: "a", dialogue: Fixtures.dialogue(), isReadOnly: false)),
                .damaged(DamagedFile(fileName: "b.json", place: nil, problem: "ogiltig JSON", fix: "rätta filen")),
            ]))
        #expect(F.text(state).contains("1 dialog · 1 skadad"))
    }

    @Test func deletePromptsTakeYNeverJAndSaySo() {
        let asked: [(PanelID, [Key])] = [
            (.groups, [.character("a")] + F.type("Unga") + [.enter, .character("d")]),
            (.goals, [.character("a"), .enter] + F.type("Mål") + [.enter, .character("d")]),
            (.schedule, [.character("a")] + F.type("Möte") + [.enter, .escape, .character("d")]),
            (.people, [.character("a")] + F.type("Anna") + [.enter, .escape, .character("d")]),
            (.risks, [.character("a")] + F.type("Regn") + [.enter, .escape, .character("d")]),
        ]
        for (panel, keys) in asked {
            var state = F.state(panel)
            _ = F.press(keys, on: &state)
            #expect(F.text(state).contains("y = ja · n eller Esc = nej"), "\(panel) says what is accepted")
            #expect(Keymap.hints(for: state).first?.keyText == "y", "\(panel)")
            #expect(F.press([.character("j")], on: &state).isEmpty, "j never deletes in \(panel)")
            let effects = F.press([.character("y")], on: &state)
            #expect(F.saved(effects)?.planning == Planning(), "y deletes in \(panel)")
        }
        var library = AppState(
            size: Size(width: 80, height: 24), templates: [Fixtures.template], libraryPath: "/tmp/bibliotek",
            actor: "anna", now: Fixtures.now)
        _ = update(
            &library,
            .libraryListed([.dialogue(DialogueSummary(stem: "a", dialogue: Fixtures.dialogue(), isReadOnly: false))]))
        _ = F.press([.character("d")], on: &library)
        #expect(F.press([.character("j")], on: &library).isEmpty)
        #expect(F.press([.character("y")], on: &library) == [.trash(stem: "a")])
    }

    @Test func aSecondExampleIsMadeOnlyWhenAskedFor() {
        var state = AppState(
            size: Size(width: 80, height: 24), templates: [Fixtures.template], libraryPath: "/tmp/bibliotek",
            actor: "anna", now: Fixtures.now)
        _ = update(&state, .libraryListed([]))
        #expect(F.press([.character("e")], on: &state) == [.createExample], "the first example needs no question")
        let example = Fixtures.dialogue(title: ExampleDialogue.title)
        _ = update(
            &state, .libraryListed([.dialogue(DialogueSummary(stem: "exempel", dialogue: example, isReadOnly: false))]))
        #expect(F.press([.character("e")], on: &state).isEmpty)
        #expect(F.text(state).contains(UIStrings.swedish.confirmExampleTitle))
        #expect(F.press([.character("n")], on: &state).isEmpty)
        #expect(F.press([.character("e"), .character("j")], on: &state).isEmpty)
        #expect(F.press([.character("y")], on: &state) == [.createExample])
    }

    // MARK: Tidplan

    @Test func vanersborgsUndatedPhasesCanBeDatedInTidplan() throws {
        var state = open("vanersborg")
        F.show(.schedule, on: &state)
        _ = F.press([.character("1")], on: &state)
        let phase = Fixtures.screen(state)!.dialogue.phases.firstIndex { $0.phase == .planning }!
        _ = F.press([.character(Character(String(phase + 1)))], on: &state)
        F.show(.schedule, on: &state)
        #expect(!F.text(state).contains("handboken har inget datum"))
        let effects = F.press(
            [.enter] + F.type("2026-03-02") + [.enter, .right, .enter] + F.type("2026-04-30") + [.enter], on: &state)
        let dialogue = try #require(F.saved(effects))
        #expect(dialogue.schedule(of: .decision).start == LocalDate("2026-03-02"))
        #expect(dialogue.schedule(of: .decision).end == LocalDate("2026-04-30"))
        #expect(F.text(state).contains("2026-03-02  [2026-04-30]"), "\(F.text(state))")
    }
}
