/// A short, stable label for a secret, so logs can tell two tokens apart without showing either.
///
/// FNV-1a truncated to 32 bits: it identifies, it does not protect, and 32 bits of a hash say
/// nothing useful about a high-entropy token.
public enum SecretFingerprint {
    public static func of(_ secret: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in secret.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let short = String(UInt32(truncatingIfNeeded: hash ^ (hash >> 32)), radix: 16)
        return "fp:" + String(repeating: "0", count: 8 - short.count) + short
    }
}
