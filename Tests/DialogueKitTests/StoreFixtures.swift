import Foundation

@testable import DialogueKit

/// Small dialogues and throwaway libraries for the store tests; independent of the real templates.
enum StoreFixtures {
    /// A fixed, whole-second instant, so that dates survive the ISO-8601 round trip exactly.
    static let now = Date(timeIntervalSince1970: 1_740_821_400)  // 2025-03-01T09:30:00Z

    /// A template with one item of every kind, spread over the five phases.
    static let template = Template(
        id: "test", version: 1, name: "Testhandbok",
        source: TemplateSource(municipality: "Testby", title: "Handbok för test", year: 2025),
        about: "En liten handbok för tester.",
        gate: GatePolicy(recommendation: "Genomför inte dialogen; informera i stället."),
        levels: [
            InfluenceLevel(
                id: "information", name: "Information", description: "Invånarna får veta.", isDialogue: false),
            InfluenceLevel(
                id: "resonemang", name: "Resonemang", description: "Invånarna får tycka.", isDialogue: true),
        ],
        phases: [
            PhaseChecklist(
                phase: .decision, title: "Beslut",
                items: [
                    ChecklistItem(id: "beslut.paverka", kind: .gate, text: "Kan invånarna påverka?"),
                    ChecklistItem(id: "beslut.niva", kind: .level, text: "Vilken nivå?"),
                ]),
            PhaseChecklist(
                phase: .planning, title: "Planering",
                items: [
                    ChecklistItem(id: "planering.fraga", kind: .question, text: "Vad är frågan?"),
                    ChecklistItem(
                        id: "planering.start", kind: .date, text: "Startdatum",
                        schedule: ScheduleSlot(phase: .implementation, bound: .start)),
                ]),
            PhaseChecklist(
                phase: .implementation, title: "Genomförande",
                items: [ChecklistItem(id: "genomforande.mote", kind: .check, text: "Håll mötet")]),
            PhaseChecklist(
                phase: .feedback, title: "Återkoppling",
                items: [ChecklistItem(id: "aterkoppling.svar", kind: .check, text: "Svara deltagarna")]),
            PhaseChecklist(
                phase: .evaluation, title: "Utvärdering",
                items: [ChecklistItem(id: "utvardering.lardomar", kind: .question, text: "Vad lärde vi oss?")]
            ),
        ])

    /// A new dialogue from the test template.
    static func dialogue(_ title: String) -> Dialogue {
        Dialogue(template: template, title: title, now: now, id: UUID())
    }

    /// Runs `body` with a store on a fresh temporary library folder, removed afterwards.
    static func withLibrary(_ body: (DialogueStore) throws -> Void) throws {
        try withLibrary(writeBytes: AtomicWriter.systemWrite, body)
    }

    /// Like `withLibrary(_:)`, with bytes written through `writeBytes`.
    static func withLibrary(
        writeBytes: @escaping AtomicWriter.WriteFunction, _ body: (DialogueStore) throws -> Void
    ) throws {
        let folder = FileManager.default.temporaryDirectory
            .appending(path: "ting-store-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(try DialogueStore(folder: folder, writeBytes: writeBytes))
    }
}

extension DialogueStore {
    /// The URL of a file in the library.
    func url(_ relativePath: String) -> URL {
        folder.appending(path: relativePath, directoryHint: .notDirectory)
    }

    /// The bytes of a file in the library.
    func bytes(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// Writes a file into the library behind the store's back, as another program would.
    func writeBehindItsBack(_ relativePath: String, _ text: String) throws {
        try Data(text.utf8).write(to: url(relativePath))
    }

    /// Sets a file's modification time, as `touch -d` would.
    func setModified(_ relativePath: String, to date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url(relativePath).path)
    }

    /// The names of the files in a folder of the library ("" for the library itself).
    func fileNames(in relativePath: String = "") throws -> [String] {
        let url =
            relativePath.isEmpty ? folder : folder.appending(path: relativePath, directoryHint: .isDirectory)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// The titles `list()` shows, damaged files as their file names.
    var listedTitles: [String] { list().map(\.title) }

    /// The damaged files `list()` shows.
    var listedDamaged: [DamagedFile] {
        list().compactMap { entry in
            if case .damaged(let file) = entry { return file }
            return nil
        }
    }
}
