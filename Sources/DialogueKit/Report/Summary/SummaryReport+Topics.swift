import Foundation

extension SummaryReport {
    /// One of Vänersborg's six contents: the answers of the checklist items tagged with the topic, in checklist
    /// order, or an honest "ej besvarat" naming the item to answer; then the data Ting holds on the topic.
    static func topicSection(_ topic: ReportTopic, of reading: Reading) -> Section {
        let dialogue = reading.dialogue
        let items = dialogue.allItems.filter { $0.report == topic }
        let answers = items.compactMap { item in
            item.isComplete ? item.response?.trimmingCharacters(in: .whitespacesAndNewlines) : nil
        }
        var blocks: [Block] = answers.map(Block.paragraph)
        if answers.isEmpty {
            let sentence =
                items.first.map { "\(notAnswered) i checklistan: ”\($0.text)” (\($0.id))." }
                ?? "\(notAnswered): mallen har ingen punkt för detta."
            blocks.append(.paragraph(sentence))
        }
        blocks += topicEvidence(topic, of: reading)
        return Section(topic.heading, blocks: blocks)
    }

    /// What Ting holds on a topic, shown under its answer.
    static func topicEvidence(_ topic: ReportTopic, of reading: Reading) -> [Block] {
        let dialogue = reading.dialogue
        return switch topic {
        case .process: processEvidence(dialogue)
        case .results: resultsEvidence(reading)
        case .governance: governanceEvidence(dialogue)
        case .methods: [methodsTable(dialogue)]
        case .wentWell: marksEvidence(reading.marks, met: true)
        case .wentLessWell: marksEvidence(reading.marks, met: false)
        }
    }

    /// The themes most inputs carry, with what became of them.
    static func resultsEvidence(_ reading: Reading) -> [Block] {
        let themes = reading.themes.prefix(5)
        guard !themes.isEmpty else { return [] }
        return [
            .paragraph("De vanligaste temana i underlaget:"),
            .bullets(
                themes.map { theme in
                    "\(theme.tag): \(SwedishCount.phrase(theme.inputCount, one: "inspel", other: "inspel")) – "
                        + (theme.response.map(responseWords) ?? "inget temasvar")
                }),
        ]
    }

    /// Helsingborg's marks of success the data shows met (or not met), for what went well (or less well).
    static func marksEvidence(_ marks: [SuccessMark], met: Bool) -> [Block] {
        let marks = marks.filter { $0.met == met }
        guard !marks.isEmpty else { return [] }
        return [
            .paragraph(met ? "Enligt underlaget uppfyllt:" : "Enligt underlaget inte uppfyllt:"),
            .bullets(marks.map(\.text)),
        ]
    }

    /// The decisions made, one line each.
    static func governanceEvidence(_ dialogue: Dialogue) -> [Block] {
        let decisions = dialogue.followUp.decisions
        guard !decisions.isEmpty else { return [.paragraph("Inga beslut registrerade ännu.")] }
        return [
            .bullets(
                decisions.map { decision in
                    let when = [decision.date?.description, decision.paragraph.isEmpty ? nil : decision.paragraph]
                        .compactMap { $0 }.joined(separator: " ")
                    return "\(decision.body)\(when.isEmpty ? "" : " \(when)"): \(decision.text)"
                })
        ]
    }

    /// The phases with their dates and the activities held, with attendance.
    static func processEvidence(_ dialogue: Dialogue) -> [Block] {
        let phases = Table(
            caption: "Tidplan", columns: ["Fas", "Start", "Slut"],
            rows: dialogue.phases.map { checklist in
                let (start, end) = dialogue.schedule(of: checklist.phase)
                return [checklist.title, start?.description ?? "–", end?.description ?? "–"]
            })
        var blocks: [Block] = [.table(phases)]
        let activities = dialogue.planning.activities
        if !activities.isEmpty {
            blocks.append(
                .table(
                    Table(
                        caption: "Aktiviteter", columns: ["Aktivitet", "Datum", "Plats", "Status", "Närvaro"],
                        rows: activities.map { activity in
                            [
                                activity.title, activity.date?.description ?? "–", activity.place,
                                activity.status.title, activity.attendance.total.map(String.init) ?? "ej räknad",
                            ]
                        })))
        }
        return blocks
    }

    /// The methods used (chosen cards and the methods activities name), with their activities, attendance,
    /// inputs and how each worked, from the evaluation's method notes.
    static func methodsTable(_ dialogue: Dialogue) -> Block {
        let uses = dialogue.methodsUsed()
        guard !uses.isEmpty else {
            return .paragraph("Inga metoder valda i planeringen eller angivna på aktiviteterna.")
        }
        return .table(
            Table(
                caption: "Metoder och hur de fungerade",
                columns: ["Metod", "Aktiviteter", "Genomförda", "Deltagare", "Inspel", "Hur den fungerade"],
                rows: uses.map { use in
                    [
                        use.name, String(use.activities.count), String(use.held), String(use.attended),
                        String(use.inputs), use.howItWorked.isEmpty ? notAnswered.lowercased() : use.howItWorked,
                    ]
                }))
    }
}
