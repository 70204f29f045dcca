/// What a response given in the Svar panel answers: one theme (a tag), or one or more inputs at once.
enum ResponseTarget: Equatable, Sendable {
    case theme(String)
    /// The input ids, in capture order.
    case inputs([String])
}
