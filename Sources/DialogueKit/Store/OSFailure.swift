#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed system call, explained in Swedish with a hint at the fix.
public struct OSFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `errno` value.
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// The failure of the system call that just returned an error.
    static var current: OSFailure { OSFailure(code: errno) }

    /// What went wrong and what to do, e.g. "disken är full (No space left on device); frigör utrymme".
    public var description: String {
        let system = String(cString: strerror(code))
        return switch code {
        case ENOSPC: "disken är full (\(system)); frigör utrymme och försök igen"
        case EDQUOT: "din diskkvot är slut (\(system)); frigör utrymme och försök igen"
        case EACCES, EPERM: "behörighet saknas (\(system)); kontrollera mappens och filens rättigheter"
        case EROFS: "filsystemet är skrivskyddat (\(system)); välj en annan mapp med --dir"
        case ENOENT: "filen eller mappen finns inte (\(system))"
        case EIO: "ett in/ut-fel inträffade (\(system)); kontrollera disken"
        case ELOOP:
            "en fil eller mapp i biblioteket är en symbolisk länk, och Ting följer aldrig länkar, så att inget "
                + "hamnar utanför biblioteket (\(system)); ersätt länken med en vanlig fil eller mapp"
        default: "\(system) (felkod \(code))"
        }
    }
}
