/// The strings of the text viewer and of the places that open it (banner, guidance, quadrant advice).
extension UIStrings {
    /// Ends a banner or box whose text is cut: the key that shows it whole.
    var bannerMore: String { "… (S: hela texten)" }
    var guidanceMore: String { "… (G: hela texten)" }
    var keyFullBanner: String { "visa hela varningen" }
    var keyFullGuidance: String { "visa hela vägledningen" }
    var keyFullAdvice: String { "visa rutans hela råd" }
    var noAdvice: String { "Handboken ger inget råd för den här rutan." }
    var keyScroll: String { "rulla" }

    /// "1–8 av 20": the lines the viewer shows.
    func linesShown(_ first: Int, _ last: Int, of total: Int) -> String {
        "rad \(first)–\(last) av \(total)"
    }
}
