import Foundation

/// Contact numbers and etags shaped like Google's. A contact's resourceName carries a 19-digit
/// decimal number (`people/c7283461234567890123`), and its `source.id` is the same number in
/// hex, as on real accounts. Seeded people get numbers hashed from their catalogue key, so
/// tests can rely on them across runs; added people get random ones.
enum ContactIdentifiers {
    private static let smallest: UInt64 = 1_000_000_000_000_000_000
    private static let span: UInt64 = 9_000_000_000_000_000_000

    static func stableNumber(key: String) -> UInt64 {
        let hash = UInt64(MessageIdentifiers.stable(key: "contact:" + key), radix: 16) ?? 0
        return smallest + hash % span
    }

    static func randomNumber() -> UInt64 {
        smallest + UInt64.random(in: 0..<span)
    }

    static func sourceID(of number: UInt64) -> String {
        String(number, radix: 16)
    }

    /// Person etags start with `%` and source etags with `#`, then base64 (observed shapes);
    /// both change whenever the person does.
    static func personEtag(number: UInt64, updated: Date) -> String {
        "%" + base64(number ^ milliseconds(updated), prefix: [0x12, 0x07])
    }

    static func sourceEtag(number: UInt64, updated: Date) -> String {
        "#" + base64(number &+ milliseconds(updated), prefix: [])
    }

    private static func milliseconds(_ date: Date) -> UInt64 {
        UInt64(max(0, (date.timeIntervalSince1970 * 1000).rounded()))
    }

    private static func base64(_ value: UInt64, prefix: [UInt8]) -> String {
        let bytes = prefix + (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        return Data(bytes).base64EncodedString()
    }
}
