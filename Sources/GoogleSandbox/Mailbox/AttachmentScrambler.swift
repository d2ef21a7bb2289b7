/// The fixed keyed scrambling that makes attachment ids opaque, yet readable by any sandbox
/// process without shared state. Every function is SipHash-2-4 under `key`, on inputs that
/// start with the nonce:
/// - keystream block `i` (8 bytes, little-endian) = SipHash(key, nonce ‖ "keystream" ‖ i as
///   4 bytes little-endian); scrambling XORs the bytes with the keystream, so it is its own
///   inverse;
/// - tag (8 bytes, little-endian) = SipHash(key, nonce ‖ "tag" ‖ plain bytes), so that an id
///   changed or cut anywhere fails to open rather than naming some other part.
/// The key is in the open source: ids are opaque, not secret (the fake guards no real data).
enum AttachmentScrambler {
    static let tagLength = 8
    private static let key: [UInt8] = Array("gmail-mcp sandbx".utf8)

    static func scramble(_ bytes: [UInt8], nonce: [UInt8]) -> [UInt8] {
        var output = bytes
        var block: UInt32 = 0
        var start = 0
        while start < output.count {
            let counter = (0..<4).map { UInt8(truncatingIfNeeded: block >> (8 * $0)) }
            let stream = SipHash.hash(nonce + Array("keystream".utf8) + counter, key: key)
            for offset in 0..<min(8, output.count - start) {
                output[start + offset] ^= UInt8(truncatingIfNeeded: stream >> (8 * offset))
            }
            block += 1
            start += 8
        }
        return output
    }

    static func tag(of plain: [UInt8], nonce: [UInt8]) -> [UInt8] {
        let value = SipHash.hash(nonce + Array("tag".utf8) + plain, key: key)
        return (0..<tagLength).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
