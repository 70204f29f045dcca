import Foundation

/// A 64-bit FNV-1a hash of a file's bytes: tells whether a file whose stamp changed still holds
/// the same content.
enum ContentHash {
    /// The hash of `data`.
    static func of(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return hash
        }
    }
}
