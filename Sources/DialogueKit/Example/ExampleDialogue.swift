import Foundation

/// A filled-in plan from Helsingborg's template for a fictional question, a new playground in
/// Drottninghög, shown to a new user on first start. It stands midway: decided, planned and
/// held, with the committee's decision and most inputs answered, the results being fed back and the evaluation
/// begun; every planning panel is filled in as its answers describe.
public enum ExampleDialogue {
    /// The id of the template the example is written for.
    public static let templateID = "helsingborg"

    /// The example's title, marked as an example.
    public static let title = "Exempel: Ny lekplats i Drottninghög"

    /// The fictional project leader who made every change.
    public static let actor = "Sara Lind"

    /// The example dialogue from `template`, with dates around `now` in `calendar`. Answers are applied
    /// through `Dialogue.apply(_:to:by:at:)`; those whose item the template lacks are left out.
    public static func make(template: Template, now: Date, calendar: Calendar = .swedish) -> Dialogue {
        var dialogue = Dialogue(template: template, title: title, now: now)
        dialogue.question =
            "Hur ska den nya lekplatsen i parken vid Drottninghögs centrum utformas så att barn, "
            + "unga och föräldrar i området vill använda den?"
        dialogue.purpose =
            "Att barn och vuxna som bor i Drottninghög är med och tar fram förslag på lekplatsens "
            + "innehåll och utformning innan nämnden beslutar om projekteringen."
        dialogue.committee = "Stadsbyggnadsnämnden"
        dialogue.administration = "Stadsbyggnadsförvaltningen"
        dialogue.caseNumber = "SBN \(calendar.component(.year, from: now))/0421"
        // The date `offset` days from `now`: every date of the example, checklist and panels alike.
        func day(_ offset: Int) -> LocalDate {
            LocalDate(calendar.date(byAdding: .day, value: offset, to: now) ?? now, calendar: calendar)
        }
        for (itemID, edit) in answers(day: day) {
            try? dialogue.apply(edit, to: itemID, by: actor, at: now)
        }
        plan(&dialogue, now: now, day: day)
        hold(&dialogue, now: now, calendar: calendar)
        respond(&dialogue, now: now, day: day)
        feedBack(&dialogue, now: now, day: day)
        evaluate(&dialogue, now: now)
        return dialogue
    }

    /// The example's answers by Helsingborg item id, in checklist order.
    private static func answers(day: (Int) -> LocalDate) -> [(String, ItemEdit)] {
        let gates = [
            "beslut.beslutsfattare-paverkas", "beslut.fragan-paverkas", "beslut.forankrat", "beslut.tid",
            "beslut.resurser",
        ]
        return gates.map { ($0, ItemEdit.answer(.yes)) } + [
            (
                "planering.varfor",
                .response(
                    "Lekplatsen ska rustas upp och området har många barnfamiljer som sällan hörs i stadens "
                        + "samråd. Vi vill få ett bra underlag till beslutet och ge barnen en röst i hur deras "
                        + "närmiljö utformas.")
            ),
            (
                "planering.svar-och-anvandning",
                .response(
                    "Vad barn i olika åldrar vill kunna göra på lekplatsen, vad som gör att föräldrar känner sig "
                        + "trygga där och vilka delar av parken som används i dag. Svaren blir underlag till "
                        + "gestaltningen och redovisas för nämnden tillsammans med förslaget.")
            ),
            (
                "planering.fragans-formulering",
                .response(
                    "Vi frågar ”Vad vill du kunna göra på lekplatsen i din park?” och låter barnen rita och "
                        + "bygga modeller. Plats och budget är redan bestämda, och det säger vi från början.")
            ),
            ("planering.grad-av-delaktighet", .response("delaktighet")),
            (
                "planering.tidplan",
                .response(
                    "Beslut i nämnden, planering i sju veckor, tre workshoppar och en lekdag i parken, "
                        + "sammanställning och återkoppling, och sist utvärdering tillsammans med några deltagare.")
            ),
            ("planering.tidplan.beslut-start", .date(day(-150))),
            ("planering.tidplan.beslut-slut", .date(day(-130))),
            ("planering.tidplan.planering-start", .date(day(-129))),
            ("planering.tidplan.planering-slut", .date(day(-80))),
            ("planering.tidplan.genomforande-start", .date(day(-79))),
            ("planering.tidplan.genomforande-slut", .date(day(-35))),
            ("planering.tidplan.aterkoppling-start", .date(day(-34))),
            ("planering.tidplan.aterkoppling-slut", .date(day(14))),
            ("planering.tidplan.utvardering-start", .date(day(15))),
            ("planering.tidplan.utvardering-slut", .date(day(45))),
            (
                "planering.genomforande",
                .response(
                    "Tre workshoppar i skolan och på fritidsgården (barn 6–9 år, barn 10–13 år och föräldrar), "
                        + "en lekdag i parken där barnen provar tillfälliga lekredskap, och en kort webbenkät på "
                        + "svenska, arabiska och somaliska.")
            ),
            (
                "planering.ansvar",
                .response(
                    "Projektledare Sara Lind på stadsbyggnadsförvaltningen, med stöd av en landskapsarkitekt och "
                        + "fritidsgårdens personal.")
            ),
            (
                "planering.samordning",
                .response(
                    "Ja: skol- och fritidsförvaltningen (skolan och fritidsgården) och bostadsbolaget i området. "
                        + "Vi lägger workshopparna efter skolans schema och fritidsgårdens öppettider.")
            ),
            (
                "planering.malgrupper",
                .response(
                    "Barn 6–13 år och deras föräldrar i Drottninghög: de berörs mycket men hörs sällan, så de "
                        + "prioriteras. Svårast att nå är föräldrar som inte talar svenska och tonåringar; vi når "
                        + "dem via skolan, fritidsgården, språkstödjare och lekdagen på plats.")
            ),
            (
                "planering.politiker",
                .response(
                    "Ja: nämndens presidium bjuds in till lekdagen för att lyssna, men inte till workshopparna "
                        + "med barnen.")
            ),
            (
                "planering.facilitator",
                .response(
                    "Internt: två processledare från förvaltningen med erfarenhet av dialog med barn, tillsammans "
                        + "med fritidsledarna.")
            ),
            (
                "planering.kommunikation",
                .response(
                    "Internt via intranätet och nämndens ärendelista. Externt med affischer på svenska, arabiska "
                        + "och somaliska i skolan, på fritidsgården och i tvättstugorna, på helsingborg.se och "
                        + "i skolans brev till föräldrarna.")
            ),
            (
                "planering.sidofragor",
                .response(
                    "Frågor om annat, till exempel belysning eller parkering, skrivs på en egen lista och lämnas "
                        + "till rätt förvaltning; deltagarna får veta vart de har skickats.")
            ),
            (
                "planering.risker",
                .response(
                    "Förväntningar på mer än budgeten räcker till, olika önskemål från yngre och äldre barn, och "
                        + "oro för buller hos närboende. Vi säger tydligt vad som är bestämt och bjuder in de "
                        + "närboende särskilt.")
            ),
            (
                "genomforande.dokumentation",
                .response(
                    "Barnens teckningar och modeller fotograferas, processledarna antecknar på blädderblock, och "
                        + "allt samlas i en gemensam mapp samma dag.")
            ),
            (
                "aterkoppling.sammanstallning",
                .response(
                    "En kort rapport med bilder där varje önskemål finns med och där det syns hur det har "
                        + "påverkat förslaget.")
            ),
            (
                "utvardering.invanarnas-utvardering",
                .response(
                    "Ja: barnen svarar med glada och ledsna gubbar efter varje workshop, och föräldrarna får tre "
                        + "korta frågor i enkäten.")
            ),
            ("utvardering.lyckad.ratt-deltagare", .done(true)),
            ("utvardering.lyckad.ratt-fragor", .done(true)),
        ]
    }
}
