/// Orders titles the Swedish way: case and accents ignored, but å, ä and ö are letters of their own
/// after z (æ sorts as ä, ø as ö, ü as y). Compare keys with `lexicographicallyPrecedes`.
enum TitleOrder {
    /// The weights of a title's letters, compared one by one. ASCII is handled without Unicode
    /// tables, since keys are made for the whole library on every listing.
    static func sortKey(_ title: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(title.utf8.count)
        for scalar in title.unicodeScalars {
            switch scalar {
            case "A"..."Z": key.append(scalar.value + 32)
            case _ where scalar.isASCII: key.append(scalar.value)
            case "å", "Å": key.append(aRing)
            case "ä", "Ä", "æ", "Æ": key.append(aDiaeresis)
            case "ö", "Ö", "ø", "Ø": key.append(oDiaeresis)
            case "ü", "Ü": key.append(y)
            case "\u{30A}" where key.last == a: key[key.count - 1] = aRing
            case "\u{308}" where key.last == a: key[key.count - 1] = aDiaeresis
            case "\u{308}" where key.last == o: key[key.count - 1] = oDiaeresis
            case "\u{308}" where key.last == u: key[key.count - 1] = y
            case _ where scalar.properties.generalCategory == .nonspacingMark: continue
            default: key.append(baseLetter(of: scalar))
            }
        }
        return key
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
