import DialogueKit

/// The fields of a risk: the risk, likelihood, consequence, mitigation and owner.
enum RiskField: Int, RecordField {
    case risk, likelihood, consequence, mitigation, owner

    var label: String {
        let s = UIStrings.swedish
        switch self {
        case .risk: return s.fieldRisk
        case .likelihood: return s.fieldLikelihood
        case .consequence: return s.fieldConsequence
        case .mitigation: return s.fieldMitigation
        case .owner: return s.fieldOwner
        }
    }

    var columnWidth: Int? {
        switch self {
        case .likelihood: 12
        case .consequence: 11
        case .risk, .mitigation, .owner: nil
        }
    }

    var isChoice: Bool { self == .likelihood || self == .consequence }

    func text(of risk: Risk) -> String {
        switch self {
        case .risk: risk.risk
        case .likelihood: risk.likelihood?.swedishName ?? ""
        case .consequence: risk.consequence?.swedishName ?? ""
        case .mitigation: risk.mitigation
        case .owner: risk.owner
        }
    }

    func set(_ text: String, in risk: inout Risk) -> String? {
        switch self {
        case .risk: risk.risk = text
        case .mitigation: risk.mitigation = text
        case .owner: risk.owner = text
        case .likelihood, .consequence: break
        }
        return nil
    }

    func cycle(_ risk: inout Risk) {
        switch self {
        case .likelihood: risk.likelihood = RiskLevel.next(after: risk.likelihood)
        case .consequence: risk.consequence = RiskLevel.next(after: risk.consequence)
        case .risk, .mitigation, .owner: break
        }
    }
}
