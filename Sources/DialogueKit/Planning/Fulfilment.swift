/// Whether a goal was met, judged during evaluation: ja, delvis or nej.
public enum Fulfilment: String, Codable, CaseIterable, Sendable {
    case yes = "ja"
    case partly = "delvis"
    case no = "nej"
}
