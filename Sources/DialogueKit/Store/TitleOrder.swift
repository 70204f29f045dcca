/// Orders titles the Swedish way: case and accents ignored, but å, ä and ö are letters of their own
/// after z (æ sorts as ä, ø as ö, ü as y).
enum TitleOrder {
    /// The positions of `titles` in order, ties broken by `tieBreakers` (compared scalar by scalar).
    /// All keys live in one buffer, so comparing two of them allocates and retains nothing.
    static func order(of titles: [String], tieBreakers: [String]) -> [Int] {
        var weights: [UInt32] = []
        var keys: [Range<Int>] = []
        keys.reserveCapacity(titles.count)
        for (title, tieBreaker) in zip(titles, tieBreakers) {
            let start = weights.count
            appendWeights(of: title, to: &weights)
            weights.append(0)
            weights.append(contentsOf: tieBreaker.unicodeScalars.lazy.map(\.value))
            keys.append(start..<weights.count)
        }
        return weights.withUnsafeBufferPointer { weights in
            keys.indices.sorted { weights[keys[$0]].lexicographicallyPrecedes(weights[keys[$1]]) }
        }
    }

    /// Appends the weights of a title's letters, to be compared one by one. ASCII is handled
    /// without Unicode tables, since the whole library is ordered on every listing.
    private static func appendWeights(of title: String, to key: inout [UInt32]) {
        let start = key.count
        for scalar in title.unicodeScalars {
            let hasLetter = key.count > start
            switch scalar {
            case "A"..."Z": key.append(scalar.value + 32)
            case _ where scalar.isASCII: key.append(scalar.value)
            case "å", "Å": key.append(aRing)
            case "ä", "Ä", "æ", "Æ": key.append(aDiaeresis)
            case "ö", "Ö", "ø", "Ø": key.append(oDiaeresis)
            case "ü", "Ü": key.append(y)
            case "\u{30A}" where hasLetter && key[key.count - 1] == a: key[key.count - 1] = aRing
            case "\u{308}" where hasLetter && key[key.count - 1] == a: key[key.count - 1] = aDiaeresis
            case "\u{308}" where hasLetter && key[key.count - 1] == o: key[key.count - 1] = oDiaeresis
            case "\u{308}" where hasLetter && key[key.count - 1] == u: key[key.count - 1] = y
            case _ where scalar.properties.generalCategory == .nonspacingMark: continue
            default: key.append(baseLetter(of: scalar))
            }
        }
    }

    /// The lowercase letter without accents that a scalar sorts as: "É" and "é" as "e".
    private static func baseLetter(of scalar: Unicode.Scalar) -> UInt32 {
        let lower = scalar.properties.lowercaseMapping
        let base = lower.decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        return base.value
    }

    private static let a = Unicode.Scalar("a").value
    private static let o = Unicode.Scalar("o").value
    private static let u = Unicode.Scalar("u").value
    private static let y = Unicode.Scalar("y").value
    /// Just past ASCII, so after z and every ASCII sign.
    private static let aRing: UInt32 = 0x80
    private static let aDiaeresis: UInt32 = 0x81
    private static let oDiaeresis: UInt32 = 0x82
}
