extension String {
    /// Whether the text has nothing but white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// The text with its first letter lower-case, as it goes on inside a sentence: "Att barn" → "att barn".
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }

    /// The text with its first letter upper-case, as a sentence starts: "nämnden" → "Nämnden".
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// The Swedish genitive of a name: "nämnden" → "nämndens", "Kultur och fritids" stays as it is.
    var genitive: String { hasSuffix("s") || hasSuffix("x") || hasSuffix("z") ? self : self + "s" }
}
