import Foundation
import Testing

@testable import MIME

@Suite("Base64URL")
struct Base64URLTests {
    // "Grüße!?" in UTF-8 is 47 72 C3 BC C3 9F 65 21 3F; its base64 uses both '+'/'-' and '/'/'_' positions.
    private let bytes: [UInt8] = [0x47, 0x72, 0xC3, 0xBC, 0xC3, 0x9F, 0x65, 0x21, 0x3F]

    @Test func decodesUnpaddedURLAlphabet() {
        #expect(Base64URL.decode("R3LDvMOfZSE_") == Data(bytes))
        #expect(Base64URL.decode("-_8") == Data([0xFB, 0xFF]))
    }

    @Test func decodesPaddedAndStandardAlphabet() {
        #expect(Base64URL.decode("+/8=") == Data([0xFB, 0xFF]))
        #expect(Base64URL.decode("QQ==") == Data([0x41]))
        #expect(Base64URL.decode("QQ") == Data([0x41]))
        #expect(Base64URL.decode("QUI") == Data([0x41, 0x42]))
    }

    @Test func skipsWhitespaceAnywhere() {
        #expect(Base64URL.decode(" R3LD\r\nvMOf\tZSE_\n") == Data(bytes))
    }

    @Test func emptyInputIsEmptyData() {
        #expect(Base64URL.decode("") == Data())
    }

    @Test(arguments: ["R3LD*MOf", "QQ=A", "Q", "QUJD\u{00E9}", "%%%%"])
    func rejectsGarbage(_ text: String) {
        #expect(Base64URL.decode(text) == nil)
    }

    @Test func encodesUnpaddedURLSafe() {
        #expect(Base64URL.encode(Data(bytes)) == "R3LDvMOfZSE_")
        #expect(Base64URL.encode(Data([0xFB, 0xFF])) == "-_8")
        #expect(Base64URL.encode(Data([0x41])) == "QQ")
        #expect(Base64URL.encode(Data()) == "")
    }

    @Test func decodesLargeInputLinearly() throws {
        let size = 3 * 1024 * 1024
        let data = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let encoded = MIMETestPayload.base64URL([UInt8](data))
        let decoded = try #require(Base64URL.decode(encoded))
        #expect(decoded == data)
    }
}
