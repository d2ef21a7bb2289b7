import Foundation
import Testing

@testable import MIME

/// Random valid mailboxes, written as `"name" <local@domain>` lists, must parse back to the same values.
///
/// Deterministic: the seed is fixed unless `OUTGOING_ADDRESS_SEED` is set, and every failure names the seed
/// and the input, so a failure can be replayed exactly.
@Suite("OutgoingAddressParser round trip")
struct OutgoingAddressRoundTripTests {
    static let seed: UInt64 =
        ProcessInfo.processInfo.environment["OUTGOING_ADDRESS_SEED"].flatMap { UInt64($0) }
        ?? 0x5EED_A11C_E000_0001

    @Test func randomMailboxesRoundTrip() throws {
        var random = OutgoingAddressSeededGenerator(seed: Self.seed)
        for iteration in 0..<400 {
            let count = Int.random(in: 1...3, using: &random)
            let cases = (0..<count).map { _ in RandomMailbox(using: &random) }
            let separator = [", ", "; ", ",", " ;  "].randomElement(using: &random)!
            let input = cases.map(\.written).joined(separator: separator)
            let context = Comment(rawValue: "seed \(Self.seed), iteration \(iteration), input \(input)")
            let parsed = try #require(try? OutgoingAddressParser.parseList(input), context)
            #expect(parsed == cases.map(\.expected), context)
        }
    }
}

/// SplitMix64: tiny, well-distributed, and identical on every platform (unlike the system generator).
struct OutgoingAddressSeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// One valid mailbox: how it is written in the list, and what the parser must make of it.
private struct RandomMailbox {
    let written: String
    let expected: OutgoingMailbox

    private static let nameCharacters = Array(
        "abcXYZ019 ,;:<>@()[].\"\\'!?-_=ÅÜéßΩж李例😀\u{0301}\u{00A0}=?UTF-8?B?")
    private static let atext = Array(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
    private static let quotedText = Array(" abcXYZ09.,;:@<>()[]\"\\!#~")
    private static let labelText = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    /// Unicode labels and their A-labels, cross-checked with Python's punycode codec.
    private static let unicodeLabels = [("bücher", "xn--bcher-kva"), ("例え", "xn--r8jz45g"), ("пример", "xn--e1afmkfd")]

    init(using random: inout some RandomNumberGenerator) {
        let name = Self.text(from: Self.nameCharacters, count: Int.random(in: 0...16, using: &random), using: &random)
        let local = Self.localPart(using: &random)
        let domain = Self.domain(using: &random)
        let escapedName = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        written = "\"\(escapedName)\" <\(local.written)@\(domain.written)>"
        let trimmed = AddressCharacterClass.trimmingWhitespace(name)
        expected = OutgoingAddressTesting.mailbox(trimmed.isEmpty ? nil : trimmed, local.wire, domain.wire)
    }

    private static func localPart(using random: inout some RandomNumberGenerator) -> (written: String, wire: String) {
        if Int.random(in: 0..<5, using: &random) == 0 {
            // Quoted, with a space so that it can never be rewritten as a bare dot-atom.
            var content = text(from: quotedText, count: Int.random(in: 0...10, using: &random), using: &random)
            content.insert(" ", at: content.index(content.startIndex, offsetBy: content.isEmpty ? 0 : 1))
            let quoted =
                "\""
                + content.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"") + "\""
            return (quoted, quoted)
        }
        let atoms = (0..<Int.random(in: 1...3, using: &random)).map { _ in
            text(from: atext, count: Int.random(in: 1...8, using: &random), using: &random)
        }
        let dotAtom = atoms.joined(separator: ".")
        return (dotAtom, dotAtom)
    }

    private static func domain(using random: inout some RandomNumberGenerator) -> (written: String, wire: String) {
        var written: [String] = []
        var wire: [String] = []
        let labelCount = Int.random(in: 2...4, using: &random)
        for index in 0..<labelCount {
            let isLast = index == labelCount - 1
            if !isLast, Int.random(in: 0..<4, using: &random) == 0 {
                let (unicode, ascii) = unicodeLabels.randomElement(using: &random)!
                written.append(unicode)
                wire.append(ascii)
                continue
            }
            var label = text(from: labelText, count: Int.random(in: 1...10, using: &random), using: &random)
            if isLast { label = "tld" + label.filter(\.isLetter) }  // never all digits
            if label.count > 2, Int.random(in: 0..<3, using: &random) == 0 {
                label.insert("-", at: label.index(after: label.startIndex))
            }
            written.append(label)
            wire.append(label.lowercased())
        }
        return (written.joined(separator: "."), wire.joined(separator: "."))
    }

    private static func text(
        from alphabet: [Character], count: Int, using random: inout some RandomNumberGenerator
    ) -> String {
        String((0..<count).map { _ in alphabet.randomElement(using: &random)! })
    }
}
