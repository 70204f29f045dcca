/// Orders titles the Swedish way: case and accents ignored, but å, ä and ö are letters of their own
/// after z (æ sorts as ä, ø as ö, ü as y). Compare keys with `lexicographicallyPrecedes`.
enum TitleOrder {
    /// The weights of a title's letters, compared one by one.
    static func sortKey(_ title: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(title.utf8.count)
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isASCII {
                key.append(scalar.value)
                continue
            }
            switch scalar {
            case "å": key.append(aRing)
            case "ä", "æ": key.append(aDiaeresis)
            case "ö", "ø": key.append(oDiaeresis)
            case "ü": key.append(y)
            case "\u{30A}" where key.last == a: key[key.count - 1] = aRing
            case "\u{308}" where key.last == a: key[key.count - 1] = aDiaeresis
            case "\u{308}" where key.last == o: key[key.count - 1] = oDiaeresis
            case "\u{308}" where key.last == u: key[key.count - 1] = y
            default:
                guard scalar.properties.generalCategory != .nonspacingMark else { continue }
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
                key.append(base.value)
            }
        }
        return key
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
