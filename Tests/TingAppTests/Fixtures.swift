import DialogueKit
import Foundation
import TerminalKit

@testable import TingApp

/// A small template with every kind of item, independent of the built-in handbooks.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static let template = Template(
        id: "prov", version: 1, name: "Provmall",
        source: TemplateSource(municipality: "Provstad", title: "Provhandbok", year: 2026),
        about: "En mall för tester.",
        gate: GatePolicy(recommendation: "Genomför ingen dialog; informera i stället."),
        levels: [
            InfluenceLevel(
                id: "information", name: "Information", description: "Envägs.", isDialogue: false, degree: 1),
            InfluenceLevel(
                id: "resonemang", name: "Resonemang", residentsGet: "Invånarna får resonera",
                description: "Samtal kring avgränsade frågor.", isDialogue: true, degree: 3),
        ],
        phases: [
            PhaseChecklist(
                phase: .decision, title: "Beslut", intro: "Om inte frågan kan påverkas går det inte.",
                items: [
                    ChecklistItem(
                        id: "b.gate1", kind: .gate, text: "Kan beslutsfattarna påverkas?",
                        guidance: "Ta reda på mandatet."),
                    ChecklistItem(id: "b.gate2", kind: .gate, text: "Finns det resurser avsatta för dialogen?"),
                ]),
            PhaseChecklist(
                phase: .planning, title: "Planering",
                items: [
                    ChecklistItem(id: "p.why", kind: .question, text: "Varför vill vi genomföra en dialog?"),
                    ChecklistItem(id: "p.level", kind: .level, text: "Vilken grad av delaktighet?"),
                    ChecklistItem(
                        id: "p.start", kind: .date, text: "Genomförande start",
                        schedule: ScheduleSlot(phase: .implementation, bound: .start)),
                    ChecklistItem(
                        id: "p.who", kind: .question, text: "Vilka ansvarar för dialogen?", role: "tjansteperson"),
                ]),
            PhaseChecklist(
                phase: .implementation, title: "Genomförande",
                items: [ChecklistItem(id: "g.doc", kind: .check, text: "Dokumentera det som kommer fram.")]),
            PhaseChecklist(
                phase: .feedback, title: "Återkoppling",
                items: [ChecklistItem(id: "a.how", kind: .question, text: "Hur återkopplar vi resultatet?")]),
            PhaseChecklist(
                phase: .evaluation, title: "Utvärdering",
                items: [ChecklistItem(id: "u.done", kind: .check, text: "Har återkopplat till dem som deltog.")]),
        ],
        roles: [
            TemplateRole(id: "tjansteperson", name: "Tjänsteperson"),
            TemplateRole(id: "fortroendevald", name: "Förtroendevald"),
        ])

    /// Three method cards: one for information, one for dialogue, one for co-decision.
    static let methodCards = [
        MethodCard(
            id: "utstallning", name: "Utställning", degrees: [1], usedFor: "Visa förslag.", participants: "Alla.",
            resources: "Lokal.", time: "Veckor.", strengths: "Når många.", sources: ["Prov"]),
        MethodCard(
            id: "workshop", name: "Workshop", degrees: [3, 4], usedFor: "Ta fram idéer.", participants: "10–30.",
            resources: "Processledare.", time: "En kväll.", strengths: "Fördjupning.", sources: ["Prov"]),
        MethodCard(
            id: "medborgarbudget", name: "Medborgarbudget", degrees: [5], usedFor: "Fördela pengar.",
            participants: "Alla.", resources: "Budget.", time: "Månader.", strengths: "Verklig makt.",
            sources: ["Prov"]),
    ]

    static func dialogue(title: String = "Lekplats i Råå") -> Dialogue {
        Dialogue(
            template: template, title: title, now: now, id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!)
    }

    /// A state with the fixture dialogue open on the dialogue screen.
    static func dialogueState(size: Size = Size(width: 80, height: 24), readOnly: Bool = false) -> AppState {
        var state = AppState(
            size: size, templates: [template], methodCards: methodCards, libraryPath: "/tmp/bibliotek",
            actor: "anna", now: now)
        state.open(
            LoadedDialogue(
                stem: "lekplats-i-raa", dialogue: dialogue(), isReadOnly: readOnly,
                readOnlyReason: readOnly ? "skriven av en nyare version av Ting" : nil))
        return state
    }

    /// The open dialogue of a state on the dialogue screen.
    static func screen(_ state: AppState) -> DialogueScreenState? {
        if case .dialogue(let d) = state.screen { return d }
        return nil
    }
}
