/// Gmail message ids: 16 lowercase hex digits (observed). Real ids grow with time, so delivered
/// messages get the delivery time in milliseconds in their high bits; seeded messages get a
/// hash of their catalogue key instead, so that tests can rely on them across runs.
enum MessageIdentifiers {
    static func isWellFormed(_ id: String) -> Bool {
        id.utf8.count == 16 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    static func timeBased(internalDate: Int64, sequence: UInt64) -> String {
        let milliseconds = UInt64(max(0, internalDate)) & 0xFFF_FFFF_FFFF
        return hex(milliseconds << 20 | (sequence & 0xFFFFF))
    }

    /// FNV-1a, 64 bits: stable, and spread well enough for a catalogue of keys.
    static func stable(key: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hex(hash)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
