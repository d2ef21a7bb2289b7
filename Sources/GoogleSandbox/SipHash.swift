/// SipHash-2-4 (Aumasson and Bernstein, "SipHash: a fast short-input PRF", 2012): a keyed
/// 64-bit hash of a byte string, written from the paper. The fake uses it where it needs a
/// fixed keyed function that every process computes alike (Swift's `Hasher` is seeded anew
/// in each process).
enum SipHash {
    /// `key` is the 16-byte key k; the two halves are read little-endian, as the paper does.
    static func hash(_ bytes: [UInt8], key: [UInt8]) -> UInt64 {
        precondition(key.count == 16, "SipHash takes a 16-byte key")
        let k0 = littleEndianWord(key, at: 0, count: 8)
        let k1 = littleEndianWord(key, at: 8, count: 8)
        var state = State(
            v0: 0x736F_6D65_7073_6575 ^ k0, v1: 0x646F_7261_6E64_6F6D ^ k1,
            v2: 0x6C79_6765_6E65_7261 ^ k0, v3: 0x7465_6462_7974_6573 ^ k1)
        let wholeWords = bytes.count / 8
        for index in 0..<wholeWords {
            state.absorb(littleEndianWord(bytes, at: index * 8, count: 8))
        }
        let tail = littleEndianWord(bytes, at: wholeWords * 8, count: bytes.count % 8)
        state.absorb(UInt64(truncatingIfNeeded: bytes.count) << 56 | tail)
        state.v2 ^= 0xFF
        for _ in 0..<4 { state.round() }
        return state.v0 ^ state.v1 ^ state.v2 ^ state.v3
    }

    private static func littleEndianWord(_ bytes: [UInt8], at start: Int, count: Int) -> UInt64 {
        var word: UInt64 = 0
        for offset in 0..<count { word |= UInt64(bytes[start + offset]) << (8 * offset) }
        return word
    }

    private struct State {
        var v0: UInt64
        var v1: UInt64
        var v2: UInt64
        var v3: UInt64

        /// One message word through the two compression rounds.
        mutating func absorb(_ word: UInt64) {
            v3 ^= word
            round()
            round()
            v0 ^= word
        }

        mutating func round() {
            v0 &+= v1
            v1 = v1.rotatedLeft(13) ^ v0
            v0 = v0.rotatedLeft(32)
            v2 &+= v3
            v3 = v3.rotatedLeft(16) ^ v2
            v0 &+= v3
            v3 = v3.rotatedLeft(21) ^ v0
            v2 &+= v1
            v1 = v1.rotatedLeft(17) ^ v2
            v2 = v2.rotatedLeft(32)
        }
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 {
        self << count | self >> (64 - count)
    }
}
