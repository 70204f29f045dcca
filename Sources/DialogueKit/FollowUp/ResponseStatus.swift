import Foundation

/// What became of an input or a theme (hur det tagits tillvara), in the words feedback and the report use.
public enum ResponseStatus: String, Codable, CaseIterable, Sendable {
    case includedInProposal = "ingar-i-forslaget"
    case implemented = "genomfors"
    case considered = "beaktas"
    case furtherInvestigation = "utreds-vidare"
    case notRelevant = "ej-aktuellt"
    case outsideQuestion = "utanfor-fragan"

    /// The word shown for the status, as residents read it.
    public var words: String {
        switch self {
        case .includedInProposal: "ingår i förslaget"
        case .implemented: "genomförs"
        case .considered: "beaktas"
        case .furtherInvestigation: "utreds vidare"
        case .notRelevant: "ej aktuellt"
        case .outsideQuestion: "utanför frågan"
        }
    }

    /// Whether a response with this status must say why in words (ej aktuellt, med skäl).
    public var needsReason: Bool { self == .notRelevant }

    /// Whether a response with this status must say where the input was sent on (utanför frågan → vidare till …).
    public var needsForwarding: Bool { self == .outsideQuestion }

    /// The status named by its id or by its word as shown (`genomförs`, `ej aktuellt`), ignoring case.
    public init?(word: String) {
        let wanted = word.trimmingCharacters(in: .whitespaces).lowercased()
        guard let status = ResponseStatus.allCases.first(where: { $0.rawValue == wanted || $0.words == wanted })
        else { return nil }
        self = status
    }
}
