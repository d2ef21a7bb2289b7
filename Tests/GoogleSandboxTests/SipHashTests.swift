@testable import GoogleSandbox
import Testing

/// SipHash-2-4 against the test vectors of the paper (key 00 01 … 0f, message 00 01 … of
/// length n), so attachment ids stay decodable across versions of the fake.
@Suite("SipHash-2-4")
struct SipHashTests {
    @Test(arguments: [
        (0, 0x726F_DB47_DD0E_0E31 as UInt64), (8, 0x93F5_F579_9A93_2462), (15, 0xA129_CA61_49BE_45E5),
    ])
    func paperVectors(length: Int, expected: UInt64) {
        let key = (0..<16).map(UInt8.init)
        #expect(SipHash.hash((0..<length).map(UInt8.init), key: key) == expected)
    }
}
