import Foundation

/// The example's planning panels, filled in as the answers describe them: the groups the checklist
/// says must be reached, the goals of a successful dialogue in Helsingborg's words, the workshops, the
/// play day and the feedback meeting, the people, the risks and the questions passed on.
extension ExampleDialogue {
    /// Fills every planning panel through the same edit methods the app uses.
    static func plan(_ dialogue: inout Dialogue, now: Date, day: (Int) -> LocalDate) {
        addGroups(to: &dialogue, now: now)
        addGoals(to: &dialogue, now: now)
        addActivities(to: &dialogue, now: now, day: day)
        addPeople(to: &dialogue, now: now)
        addRisks(to: &dialogue, now: now, day: day)
    }

    private static func addGroups(to dialogue: inout Dialogue, now: Date) {
        let groups = [
            TargetGroup(
                id: "", name: "Barn 6–9 år i Drottninghög",
                description:
                    "Berörs i hög grad av frågan men har låg aktivitet i samhällsdebatten: hit ska extra krut läggas.",
                affected: .high, activity: .low, channels: ["direkt kontakt"],
                measures: ["workshop i skolan under skoltid", "rita och bygga modeller"], plannedParticipants: 40),
            TargetGroup(
                id: "", name: "Barn 10–13 år i Drottninghög",
                description: "Använder parken mest på eftermiddagarna och hörs sällan i stadens samråd.",
                affected: .high, activity: .low, channels: ["direkt kontakt", "sociala medier"],
                measures: ["workshop på fritidsgården", "lekdagen i parken"], plannedParticipants: 30),
            TargetGroup(
                id: "", name: "Föräldrar som inte talar svenska",
                description: "Berörs av hur trygg lekplatsen blir men är svåra att nå med stadens vanliga kanaler.",
                affected: .high, activity: .low, hardToReach: true,
                barriers: ["språkförbistringar", "bristande tillit"],
                channels: ["direkt kontakt", "postutskick"],
                measures: ["språkstödjare på arabiska och somaliska", "affischer i tvättstugorna", "barnpassning"],
                plannedParticipants: 25),
            TargetGroup(
                id: "", name: "Tonåringar i området",
                description: "Svåra att nå; fritidsledarna känner dem och bjuder in dem till lekdagen.",
                affected: .high, activity: .low, hardToReach: true, barriers: ["brist på kunskap"],
                channels: ["sociala medier", "direkt kontakt"], measures: ["fritidsledarna bjuder in personligen"],
                plannedParticipants: 15),
            TargetGroup(
                id: "", name: "Närboende runt parken",
                description: "Berörs av buller och hörs redan i frågan; bjuds in särskilt.", affected: .high,
                activity: .high, channels: ["postutskick"], measures: ["särskild inbjudan till lekdagen"],
                plannedParticipants: 20),
            TargetGroup(
                id: "", name: "Bostadsbolaget och föreningarna i Drottninghög",
                description: "Aktiva i samhällsdebatten men berörs mindre; får information och kan lämna synpunkter.",
                affected: .low, activity: .high, channels: ["kommunens webbsida", "annonser"]),
        ]
        for group in groups {
            let id = dialogue.addTargetGroup(
                name: group.name, affected: group.affected, activity: group.activity, at: now)
            var filled = group
            filled.id = id
            dialogue.updateTargetGroup(filled, at: now)
        }
    }

    private static func addGoals(to dialogue: inout Dialogue, now: Date) {
        let goals: [(GoalKind, String, String, String)] = [
            (
                .overarching, "Barn, unga och föräldrar i Drottninghög har påverkat hur lekplatsen utformas.",
                "Förslaget visar vilka önskemål som tagits med, och varför andra inte kunde tas med.",
                "Förslaget jämförs med sammanställningen innan nämnden beslutar."
            ),
            (
                .resource, "Dialogen ryms i den avsatta budgeten och i två processledares tid under sju veckor.",
                "Kostnad och arbetstimmar mot budgeten.", "Projektets budgetuppföljning varje månad."
            ),
            (
                .process, "Vi har haft dialog med de som vi ville ha dialog med.",
                "Antal deltagare per målgrupp, och hur många föräldrar som deltog med språkstöd.",
                "Närvaron räknas vid varje workshop och på lekdagen; enkätens språkval."
            ),
            (
                .process, "Vi har haft dialog kring den fråga som vi ville.",
                "Andel synpunkter som handlar om lekplatsen; sidofrågorna är listade och skickade vidare.",
                "Processledarnas anteckningar och listan över sidofrågor."
            ),
            (
                .result, "Vi har fått det underlag som vi önskade av dialogen.",
                "Vad barn i olika åldrar vill göra på lekplatsen och vad som gör den trygg finns med i underlaget.",
                "Teckningar, modeller och blädderblock i den gemensamma mappen."
            ),
            (
                .result, "Vi har återkopplat till dem som deltog i dialogen.",
                "Rapporten är skickad till deltagarna och visad i skolan och på fritidsgården.",
                "Utskickslistan och datum för återkopplingsträffen."
            ),
        ]
        for (kind, text, indicators, collection) in goals {
            let id = dialogue.addGoal(kind: kind, at: now)
            dialogue.updateGoal(
                Goal(id: id, kind: kind, goal: text, indicators: indicators, dataCollection: collection), at: now)
        }
    }

    private static func addActivities(to dialogue: inout Dialogue, now: Date, day: (Int) -> LocalDate) {
        let activities = [
            Activity(
                id: "", title: "Workshop: barn 6–9 år", date: day(-70), time: "13.00–14.30",
                place: "Drottninghögsskolan", method: "Rita och bygga modeller", expectedParticipants: 40,
                accessibility: "Under skoltid i skolans lokaler; fritidspersonalen är med."),
            Activity(
                id: "", title: "Workshop: barn 10–13 år", date: day(-63), time: "15.30–17.00",
                place: "Fritidsgården Drottninghög", method: "Bygga modeller i grupper", expectedParticipants: 30,
                accessibility: "Efter skolan, på fritidsgårdens öppettid."),
            Activity(
                id: "", title: "Workshop: föräldrar", date: day(-56), time: "18.00–19.30",
                place: "Fritidsgården Drottninghög", method: "Samtal i små grupper", expectedParticipants: 25,
                accessibility: "Språkstödjare på arabiska och somaliska; barnpassning i rummet intill."),
            Activity(
                id: "", title: "Lekdag i parken", date: day(-42), time: "10.00–14.00",
                place: "Parken vid Drottninghögs centrum", method: "Barnen provar tillfälliga lekredskap",
                expectedParticipants: 120,
                accessibility: "Utomhus på plan mark; nämndens presidium är med och lyssnar."),
            Activity(
                id: "", title: "Återkopplingsträff", date: day(7), time: "18.00–19.00",
                place: "Fritidsgården Drottninghög", method: "Vi visar förslaget och rapporten",
                expectedParticipants: 40, accessibility: "Språkstödjare och barnpassning som vid workshopparna.",
                phase: .feedback),
            Activity(
                id: "", title: "Utvärdering med några deltagare", date: day(30), time: "15.30–16.30",
                place: "Drottninghögsskolan", method: "Samtal om hur dialogen fungerade", expectedParticipants: 8,
                accessibility: "Barn och föräldrar som deltog bjuds in; språkstöd finns.", phase: .evaluation),
        ]
        for activity in activities {
            var filled = activity
            filled.id = dialogue.addActivity(title: activity.title, at: now)
            dialogue.updateActivity(filled, at: now)
        }
    }

    private static func addPeople(to dialogue: inout Dialogue, now: Date) {
        let people = [
            Person(
                id: "", name: actor, role: .official, contact: "Stadsbyggnadsförvaltningen, projektledare",
                participation: "Ansvarar för dialogen."),
            Person(
                id: "", name: "Amir Haddad", role: .processLeader, contact: "Stadsbyggnadsförvaltningen",
                participation: "Leder workshopparna med barnen."),
            Person(
                id: "", name: "Karin Ek", role: .processLeader, contact: "Stadsbyggnadsförvaltningen",
                participation: "Leder workshoppen med föräldrarna."),
            Person(
                id: "", name: "Johan Berg", role: .official, contact: "Landskapsarkitekt",
                participation: "Tar svaren vidare till gestaltningen."),
            Person(
                id: "", name: "Leila Osman", role: .facilitator, contact: "Fritidsgården Drottninghög",
                participation: "Fritidsledare; bjuder in tonåringarna."),
            Person(
                id: "", name: "Eva Persson", role: .elected, contact: "Stadsbyggnadsnämndens ordförande",
                participation: "Lyssnar på lekdagen i parken; deltar inte i workshopparna med barnen."),
        ]
        var ids: [String: String] = [:]
        for person in people {
            var filled = person
            filled.id = dialogue.addPerson(name: person.name, role: person.role, at: now)
            dialogue.updatePerson(filled, at: now)
            ids[person.name] = filled.id
        }
        dialogue.setResponsibility(
            Responsibility(
                questionOwner: "Stadsbyggnadsnämnden", dialogueResponsible: "\(actor), projektledare",
                facilitation: .internal), at: now)
        for (itemID, name) in [
            ("aterkoppling.till-deltagare-och-beslutsfattare", actor), ("utvardering.vad-och-hur", "Amir Haddad"),
        ] {
            try? dialogue.assign(itemID: itemID, to: ids[name], by: actor, at: now)
        }
    }

    private static func addRisks(to dialogue: inout Dialogue, now: Date, day: (Int) -> LocalDate) {
        let risks: [(String, RiskLevel, RiskLevel, String, String)] = [
            (
                "Förväntningar på mer än budgeten räcker till", .high, .medium,
                "Vi säger från början att plats och budget redan är bestämda.", actor
            ),
            (
                "Olika önskemål från yngre och äldre barn", .medium, .medium,
                "En workshop per åldersgrupp; förslaget visar hur båda gruppernas önskemål vägts.", "Amir Haddad"
            ),
            (
                "Oro för buller hos närboende", .medium, .high,
                "De närboende bjuds in särskilt till lekdagen och får se var lekredskapen placeras.", actor
            ),
            (
                "Dialogen övergår i en debatt", .low, .medium,
                "Processledarna håller sig till frågan om lekplatsen; andra frågor skrivs på en egen lista.", "Karin Ek"
            ),
        ]
        for (text, likelihood, consequence, mitigation, owner) in risks {
            let id = dialogue.addRisk(text, at: now)
            dialogue.updateRisk(
                Risk(
                    id: id, risk: text, likelihood: likelihood, consequence: consequence, mitigation: mitigation,
                    owner: owner), at: now)
        }
        for (question, passedTo, offset) in [
            ("Belysningen på gångvägen genom parken är trasig", "Stadsbyggnadsförvaltningen, drift och underhåll", -56),
            ("Det saknas parkering vid Drottninghögs centrum", "Stadsbyggnadsförvaltningen, trafikavdelningen", -42),
        ] {
            let id = dialogue.addSideIssue(question, at: now)
            dialogue.updateSideIssue(
                SideIssue(id: id, question: question, passedTo: passedTo, date: day(offset)), at: now)
        }
    }
}
