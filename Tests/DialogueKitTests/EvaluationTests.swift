import Foundation
import Testing

@testable import DialogueKit

/// Utvärdering's domain: the representation check, Helsingborg's four marks, the evidence lines, method
/// notes and the participants' survey.
@Suite struct EvaluationTests {
    private let now = StoreFixtures.now

    /// Four groups over three priorities, two activities (one held, one cancelled) and inputs per group.
    private func dialogue() throws -> (Dialogue, groups: [String]) {
        var dialogue = StoreFixtures.dialogue("Parken")
        let unga = dialogue.addTargetGroup(name: "Unga", affected: .high, activity: .low, at: now)
        let aldre = dialogue.addTargetGroup(name: "Äldre", affected: .high, activity: .low, at: now)
        let barn = dialogue.addTargetGroup(name: "Barnfamiljer", affected: .high, activity: .low, at: now)
        let foretag = dialogue.addTargetGroup(name: "Företagare", affected: .low, activity: .high, at: now)
        var group = try #require(dialogue.planning.targetGroups.first { $0.id == unga })
        group.plannedParticipants = 20
        dialogue.updateTargetGroup(group, at: now)
        let held = dialogue.addActivity(title: "Dialogcafé", kind: "dialogcafé", date: nil, by: "anna", at: now)
        let cancelled = dialogue.addActivity(title: "Vandring", kind: "annat", date: nil, by: "anna", at: now)
        try dialogue.setStatus(.held, ofActivity: held, by: "anna", at: now)
        try dialogue.setStatus(.cancelled, ofActivity: cancelled, by: "anna", at: now)
        try dialogue.setAttendance(7, for: .group(unga), ofActivity: held, by: "anna", at: now)
        try dialogue.setAttendance(5, for: .group(unga), ofActivity: cancelled, by: "anna", at: now)
        try dialogue.setAttendance(3, for: .group(foretag), ofActivity: cancelled, by: "anna", at: now)
        try dialogue.addInput(text: "Fler bänkar", activity: held, group: barn, by: "anna", at: now)
        try dialogue.addInput(text: "Belysning", activity: held, group: unga, by: "anna", at: now)
        let hidden = try dialogue.addInput(text: "Reklam", group: foretag, by: "anna", at: now)
        try dialogue.hideInput(hidden, reason: "skräppost", by: "anna", at: now)
        return (dialogue, [unga, aldre, barn, foretag])
    }

    @Test func theCheckCountsAttendanceAtHeldActivitiesAndVisibleInputsPerGroup() throws {
        let (dialogue, groups) = try dialogue()
        let check = RepresentationCheck(dialogue: dialogue)
        #expect(check.rows.map(\.group.name) == ["Barnfamiljer", "Unga", "Äldre", "Företagare"])
        #expect(check.rows.map(\.priority) == [1, 1, 1, 3])
        let unga = try #require(check.rows.first { $0.group.id == groups[0] })
        #expect(unga.planned == 20 && unga.attended == 7 && unga.inputs == 1 && unga.reached)
        let barn = try #require(check.rows.first { $0.group.id == groups[2] })
        #expect(barn.attended == 0 && barn.inputs == 1 && barn.reached)
        // The cancelled activity's count and the hidden input do not reach Företagare.
        let foretag = try #require(check.rows.first { $0.group.id == groups[3] })
        #expect(foretag.attended == 0 && foretag.inputs == 0 && !foretag.reached)
        #expect(check.unreached.map(\.name) == ["Äldre", "Företagare"])
        #expect(
            check.answer
                == "2 av 4 målgrupper nåddes (2 av 3 med prioritet 1), med 7 deltagare och 2 inspel räknade per "
                + "målgrupp; inte nådda: Äldre (prioritet 1), Företagare (prioritet 3).")
    }

    @Test func withoutGroupsTheCheckSaysWhereToAddThem() {
        let check = RepresentationCheck(dialogue: StoreFixtures.dialogue("Tom"))
        #expect(check.rows.isEmpty && check.unreached.isEmpty)
        #expect(check.answer.contains("Inga målgrupper") && check.answer.contains("Planering"))
    }

    @Test func theFirstMarkIsMetOnlyWhenEveryGroupWasReached() throws {
        var (dialogue, groups) = try dialogue()
        #expect(dialogue.successMarks()[0].met == false)
        #expect(dialogue.successMarks()[0].evidence.contains { $0.contains("Äldre: inget planerat antal") })
        let activity = try #require(dialogue.planning.activities.first { $0.status == .held }).id
        for group in [groups[1], groups[3]] {
            try dialogue.setAttendance(2, for: .group(group), ofActivity: activity, by: "anna", at: now)
        }
        #expect(dialogue.successMarks()[0].met == true)
        #expect(StoreFixtures.dialogue("Tom").successMarks()[0].met == nil)
    }

    @Test func theSecondMarkCountsInputsPerAgendaPointAndSideIssues() throws {
        var (dialogue, _) = try dialogue()
        let activity = try #require(dialogue.planning.activities.first { $0.status == .held }).id
        let point = try dialogue.addAgendaPoint(title: "Trygghet", toActivity: activity, by: "anna", at: now)
        try dialogue.addInput(
            text: "Mörkt vid gungorna", activity: activity, agendaPoint: point, tags: ["trygghet"], by: "anna", at: now)
        var mark = dialogue.successMarks()[1]
        #expect(mark.evidence.contains("Dialogcafé · Trygghet: 1 inspel"))
        #expect(mark.evidence.contains("Teman: trygghet 1"))
        #expect(
            mark.evidence.contains(
                "3 av 3 inspel handlade om frågan; 0 låg utanför (sidofrågor eller svar utanför frågan)"))
        #expect(mark.met == true)
        for input in dialogue.inputs where input.hidden == nil && input.agendaPoint == nil {
            try dialogue.makeSideIssue(fromInput: input.id, by: "anna", at: now)
        }
        mark = dialogue.successMarks()[1]
        #expect(
            mark.met == false
                && mark.evidence.contains(
                    "1 av 3 inspel handlade om frågan; 2 låg utanför (sidofrågor eller svar utanför frågan)")
        )
        // Nothing held and nothing said: nothing to judge by.
        #expect(StoreFixtures.dialogue("Tom").successMarks()[1].met == nil)
    }

    @Test func theThirdMarkFollowsTheResultGoals() throws {
        var (dialogue, _) = try dialogue()
        #expect(dialogue.successMarks()[2].met == nil)
        #expect(dialogue.successMarks()[2].evidence.first?.contains("Inga resultatmål") == true)
        let first = dialogue.addGoal(kind: .result, at: now)
        let second = dialogue.addGoal(kind: .result, at: now)
        let process = dialogue.addGoal(kind: .process, at: now)
        dialogue.updateGoal(Goal(id: first, kind: .result, goal: "Förslag på innehåll", fulfilled: .yes), at: now)
        dialogue.updateGoal(Goal(id: second, kind: .result, goal: "Trygghet belyst"), at: now)
        dialogue.updateGoal(Goal(id: process, kind: .process, goal: "Unga deltar", fulfilled: .no), at: now)
        #expect(dialogue.successMarks()[2].met == nil)
        dialogue.updateGoal(
            Goal(id: second, kind: .result, goal: "Trygghet belyst", outcome: "Halva", fulfilled: .partly), at: now)
        let mark = dialogue.successMarks()[2]
        #expect(mark.met == false && mark.metWords == "inte uppfyllt")
        #expect(
            mark.evidence == [
                "Resultatmål: Förslag på innehåll · utfall: inte ifyllt · uppfyllt: ja",
                "Resultatmål: Trygghet belyst · utfall: Halva · uppfyllt: delvis", "2 inspel i underlaget",
            ])
        dialogue.updateGoal(Goal(id: second, kind: .result, goal: "Trygghet belyst", fulfilled: .yes), at: now)
        #expect(dialogue.successMarks()[2].met == true)
    }

    @Test func theFourthMarkIsMetOnceFeedbackToTheParticipantsIsSent() throws {
        var (dialogue, _) = try dialogue()
        #expect(dialogue.successMarks()[3].met == false)
        dialogue.followUp.feedbackRounds = [
            FeedbackRound(
                id: "a1", audience: "invanarna", plannedOn: LocalDate("2025-04-01"), sentOn: LocalDate("2025-04-02")),
            FeedbackRound(id: "a2", audience: FeedbackAudience.participantsID, plannedOn: LocalDate("2025-03-20")),
        ]
        var mark = dialogue.successMarks()[3]
        // Sent to all residents is not sent to those who took part.
        #expect(mark.met == false && mark.evidence == ["Deltagarna: planerad 2025-03-20, inte skickad"])
        dialogue.followUp.feedbackRounds[1].sentOn = LocalDate("2025-03-21")
        dialogue.followUp.feedbackRounds[1].sentBy = "anna"
        dialogue.followUp.feedbackRounds[1].channels = ["e-post", "SMS"]
        mark = dialogue.successMarks()[3]
        #expect(mark.met == true && mark.metWords == "uppfyllt")
        #expect(mark.evidence == ["Deltagarna: planerad 2025-03-20, skickad 2025-03-21 av anna via e-post, SMS"])
        #expect(dialogue.successMarks().map(\.id).allSatisfy { $0.hasPrefix("utvardering.lyckad.") })
    }

    @Test func everyEvidenceKindHasLinesAndSaysWhereToFillInWhatIsMissing() throws {
        let empty = StoreFixtures.dialogue("Tom")
        for kind in EvidenceKind.allCases {
            let lines = empty.evidence(kind)
            #expect(lines.count == 1, "\(kind)")
            #expect(lines[0].hasSuffix("."), "\(kind): \(lines[0])")
        }
        let (dialogue, _) = try dialogue()
        #expect(
            dialogue.evidence(.inputs) == [
                "2 inspel i underlaget", "Kategorier: utan kategori 2", "Inga teman är satta på inspelen.",
            ])
        #expect(dialogue.evidence(.representation).count == 5)
        #expect(
            dialogue.evidence(.representation)[1]
                == "Prioritet 1 · Barnfamiljer: inget planerat antal, 0 deltagare, 1 inspel — nådd")
    }

    @Test func decisionEvidenceCountsResponsesAndSaysWhatEachDecisionRestsOn() throws {
        var (dialogue, _) = try dialogue()
        let visible = dialogue.inputs.filter { $0.hidden == nil }.map(\.id)
        let decision = try dialogue.addDecision(
            body: "Kultur- och fritidsnämnden", date: LocalDate("2025-05-20"), paragraph: "§ 41",
            caseNumber: "KFN 2025/12", text: "Parken rustas upp", by: "anna", at: now)
        try dialogue.respond(
            toInput: visible[0], with: Response(status: .includedInProposal, decisions: [decision]), by: "anna",
            at: now)
        #expect(
            dialogue.evidence(.decisions) == [
                "Svar på 1 av 2 inspel: ingår i förslaget 1; utan svar 1",
                "Kultur- och fritidsnämnden 2025-05-20 § 41 (KFN 2025/12): Parken rustas upp — grundat på 1 inspel",
            ])
        // An input answered "utanför frågan" counts against the second mark like a side issue.
        try dialogue.respond(
            toInput: visible[1], with: Response(status: .outsideQuestion, forwardedTo: "Trafiknämnden"), by: "anna",
            at: now)
        #expect(dialogue.successMarks()[1].evidence.last?.hasPrefix("1 av 2 inspel handlade om frågan") == true)
    }

    @Test func methodsUsedComeFromCardsAndActivitiesAndCarryTheirNotes() throws {
        var (dialogue, _) = try dialogue()
        let card = MethodCard(
            id: "dialogcafe", name: "Dialogcafé", degrees: [3], usedFor: "", participants: "", resources: "", time: "",
            strengths: "", sources: [])
        dialogue.toggleMethod(card, at: now)
        let held = try #require(dialogue.planning.activities.first { $0.status == .held })
        var activity = held
        activity.method = "Dialogcafé"
        dialogue.updateActivity(activity, at: now)
        var walk = try #require(dialogue.planning.activities.first { $0.status == .cancelled })
        walk.method = "Trygghetsvandring"
        dialogue.updateActivity(walk, at: now)
        var uses = dialogue.methodsUsed()
        #expect(uses.map(\.id) == ["dialogcafe", "Trygghetsvandring"])
        #expect(uses[0].activities == [held.id] && uses[0].held == 1 && uses[0].inputs == 2)
        #expect(uses[1].held == 0 && uses[1].inputs == 0)
        try dialogue.setMethodNote(method: "dialogcafe", howItWorked: "Bra för föräldrar", by: "bo", at: now)
        uses = dialogue.methodsUsed()
        #expect(uses[0].howItWorked == "Bra för föräldrar" && dialogue.modifiedBy == "bo")
        #expect(dialogue.followUp.evaluation.methodNotes.first?.lastChange == ItemChange(by: "bo", at: now))
        #expect(dialogue.evidence(.methods)[0].hasSuffix("hur det fungerade: Bra för föräldrar"))
        try dialogue.setMethodNote(method: "dialogcafe", howItWorked: "  ", by: "bo", at: now)
        #expect(dialogue.followUp.evaluation.methodNotes.isEmpty)
        #expect(throws: DialogueError.noSuchMethod("enkät", known: ["dialogcafe", "Trygghetsvandring"])) {
            try dialogue.setMethodNote(method: "enkät", howItWorked: "x", by: "bo", at: now)
        }
    }

    @Test func theSurveyTakesStatementsAndCountsAndShowsShares() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        #expect(dialogue.followUp.evaluation.participantSurvey == nil)
        let first = try dialogue.addSurveyStatement(text: " Alla fick komma till tals ", by: "anna", at: now)
        let second = try dialogue.addSurveyStatement(text: "Jag vill delta igen", by: "anna", at: now)
        #expect((first, second) == ("p1", "p2"))
        #expect(dialogue.followUp.evaluation.participantSurvey?.options == SurveyOption.standard)
        try dialogue.setSurveyCount(statement: first, option: "helt", count: 2, by: "anna", at: now)
        try dialogue.setSurveyCount(statement: first, option: "delvis", count: 1, by: "anna", at: now)
        try dialogue.setSurveyCount(statement: first, option: "inte", count: -4, by: "anna", at: now)
        let statement = try #require(dialogue.followUp.evaluation.participantSurvey?.statements.first)
        #expect(
            statement.text == "Alla fick komma till tals" && statement.total == 3 && statement.counts["inte"] == nil)
        #expect(statement.percent(of: "helt") == 67 && statement.percent(of: "delvis") == 33)
        #expect(
            dialogue.evidence(.participants)[0]
                == "Alla fick komma till tals: instämmer helt 2 (67 %), instämmer delvis 1 (33 %), "
                + "instämmer inte 0 (0 %), vet ej 0 (0 %) — 3 svar")
        #expect(throws: DialogueError.emptySurveyStatement) {
            try dialogue.addSurveyStatement(text: " ", by: "anna", at: now)
        }
        #expect(throws: DialogueError.noSuchSurveyOption("kanske", known: ["helt", "delvis", "inte", "vet-ej"])) {
            try dialogue.setSurveyCount(statement: first, option: "kanske", count: 1, by: "anna", at: now)
        }
        try dialogue.removeSurveyStatement(id: first, by: "anna", at: now)
        #expect(dialogue.followUp.evaluation.participantSurvey?.statements.map(\.id) == ["p2"])
        #expect(throws: DialogueError.noSuchSurveyStatement(first)) {
            try dialogue.setSurveyCount(statement: first, option: "helt", count: 1, by: "anna", at: now)
        }
        #expect(try dialogue.addSurveyStatement(text: "Ny", by: "anna", at: now) == "p3")
    }
}

/// The example dialogue's evaluation, begun once the participants had their feedback.
@Suite struct ExampleEvaluationTests {
    @Test func theExampleHasAnAnswerMethodNotesAndTheParentsSurvey() throws {
        let helsingborg = try #require(BuiltInTemplates.all.first { $0.id == "helsingborg" })
        let dialogue = ExampleDialogue.make(template: helsingborg, now: StoreFixtures.now)
        #expect(dialogue.item("utvardering.erfarenheter")?.isComplete == true)
        let uses = dialogue.methodsUsed()
        #expect(uses.filter { !$0.howItWorked.isEmpty }.count == 3)
        let survey = try #require(dialogue.followUp.evaluation.participantSurvey)
        #expect(survey.statements.map(\.total) == [21, 21, 21])
        #expect(survey.statements.map(\.id) == ["p1", "p2", "p3"])
        // The teenagers stayed away, and the housing company and associations were only informed.
        let check = RepresentationCheck(dialogue: dialogue)
        #expect(
            check.unreached.map(\.name) == ["Tonåringar i området", "Bostadsbolaget och föreningarna i Drottninghög"])
        // Not everyone was reached; the participants' feedback round went out four weeks ago.
        #expect(
            dialogue.followUp.feedbackRounds.contains { $0.audience == FeedbackAudience.participantsID && $0.isSent })
        #expect(dialogue.successMarks().map(\.met) == [false, true, nil, true])
    }
}
