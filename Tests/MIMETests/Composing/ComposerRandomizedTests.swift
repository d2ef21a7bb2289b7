import Foundation
import GoogleSandbox
import Testing

@testable import MIME

/// Random Unicode subjects, names, bodies and binary attachments, composed and read back by the
/// fake's strict RFC 5322 / MIME parser (an independent implementation): every value comes back
/// the same and every line stays within the limits. The seed is printed with any failure; set
/// COMPOSER_SEED to replay one.
@Suite("Composer, randomized")
struct ComposerRandomizedTests {
    static let iterations = 300

    @Test func randomMessagesReadBackExactly() throws {
        let seed =
            ProcessInfo.processInfo.environment["COMPOSER_SEED"].flatMap(UInt64.init)
            ?? UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        for iteration in 0..<Self.iterations {
            let sample = RandomMail.make(&random)
            let raw = try MIMEComposer.compose(sample.message)
            let context = "seed \(seed), iteration \(iteration)"
            let parsed: StrictMessage
            do {
                parsed = try StrictMessageParser.parse(raw)
            } catch {
                Issue.record("\(context): strict parser refused the message: \(error)")
                continue
            }
            #expect(parsed.values("Subject") == [sample.message.subject], "\(context)")
            for (name, expected) in [("To", sample.message.to), ("Cc", sample.message.cc)] where !expected.isEmpty {
                let addresses = parsed.addresses(name)
                #expect(addresses.map(\.address) == expected.map(\.addrSpec), "\(context) \(name)")
                #expect(
                    addresses.map { $0.displayName ?? "" } == expected.map { $0.displayName ?? "" },
                    "\(context) \(name)")
            }
            let expectedText =
                sample.message.textBody ?? sample.message.htmlBody.map(HTMLText.plainText(fromHTML:)) ?? ""
            #expect(parsed.textBody == crlf(expectedText), "\(context) text")
            #expect(parsed.htmlBody == sample.message.htmlBody.map(crlf), "\(context) html")
            #expect(parsed.attachments.count == sample.message.attachments.count, "\(context)")
            for (got, sent) in zip(parsed.attachments, sample.message.attachments) {
                #expect(got.filename == sent.filename, "\(context) filename")
                #expect(got.content == sent.data, "\(context) bytes of \(sent.filename)")
                let textWithUnknownCharset =
                    sent.mediaType.hasPrefix("text/") && String(validating: sent.data, as: UTF8.self) == nil
                #expect(
                    got.mimeType == (textWithUnknownCharset ? "application/octet-stream" : sent.mediaType),
                    "\(context)")
            }
            #expect(parsed.longestLine <= 78, "\(context)")
            #expect(parsed.longestHeaderLine <= 78, "\(context)")
            #expect(parsed.longestEncodedWord <= 75, "\(context)")
        }
    }

    private func crlf(_ text: String) -> String {
        String(decoding: CanonicalLineEnds.utf8WithCRLF(text), as: UTF8.self)
    }
}

/// Deterministic, seedable generator (SplitMix64), so a failing run can be replayed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random messages over the alphabets mail really carries.
enum RandomMail {
    struct Sample {
        let message: OutgoingMessage
    }

    static let alphabets: [[String]] = [
        Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").map(String.init),
        Array(" .,;:!?-_()[]<>@\"'\\/=+*&%$#~^`|{}").map(String.init),
        Array("éèêëàâäôöûüçñßÅåØøÆæœŒ").map(String.init),
        Array("你好世界会議報告書データ予定日本語中文한국어").map(String.init),
        Array("مرحباالعالمשלוםעולם").map(String.init),
        Array("ΑβγδЖжЯяЁё").map(String.init),
        ["😀", "🚀", "👩‍💻", "👍🏽", "🇩🇪", "❤️", "e\u{301}", "\u{200B}", "\u{FEFF}", "𝒳", "\u{1F9D1}\u{200D}\u{1F33E}"],
    ]

    /// Half the texts are mostly ASCII (quoted-printable territory, with the odd accent or
    /// emoji), half mix every alphabet (base64 territory).
    static func text(_ random: inout SplitMix64, maxLength: Int, allowNewlines: Bool) -> String {
        let length = Int.random(in: 0...maxLength, using: &random)
        let mostlyASCII = Bool.random(using: &random)
        func nextAlphabet(_ random: inout SplitMix64) -> [String] {
            if mostlyASCII, Int.random(in: 0..<10, using: &random) != 0 {
                return alphabets[Int.random(in: 0...1, using: &random)]
            }
            return alphabets.randomElement(using: &random)!
        }
        var result = ""
        var alphabet = nextAlphabet(&random)
        for _ in 0..<length {
            if Int.random(in: 0..<8, using: &random) == 0 { alphabet = nextAlphabet(&random) }
            if allowNewlines, Int.random(in: 0..<30, using: &random) == 0 {
                result += ["\n", "\r\n", " \n", "\n\n"].randomElement(using: &random)!
            } else if Int.random(in: 0..<6, using: &random) == 0 {
                result += " "
            } else {
                result += alphabet.randomElement(using: &random)!
            }
        }
        return result
    }

    static func mailbox(_ random: inout SplitMix64, index: Int) -> OutgoingMailbox {
        // Display names are trimmed by the address parser before they reach the composer.
        let name: String? =
            Int.random(in: 0..<4, using: &random) == 0
            ? nil : text(&random, maxLength: 40, allowNewlines: false).trimmingCharacters(in: .whitespaces)
        let local = ["ann", "bob.smith", "c+tag", "d_e", "x"].randomElement(using: &random)! + String(index)
        let domain = ["example.com", "mail.example.org", "xn--bcher-kva.example"].randomElement(using: &random)!
        return OutgoingMailbox(displayName: name?.isEmpty == true ? nil : name, localPart: local, domain: domain)
    }

    static func make(_ random: inout SplitMix64) -> Sample {
        let to = (0..<Int.random(in: 1...4, using: &random)).map { mailbox(&random, index: $0) }
        let cc = (0..<Int.random(in: 0...3, using: &random)).map { mailbox(&random, index: 10 + $0) }
        let withText = Int.random(in: 0..<4, using: &random) != 0
        let withHTML = !withText || Bool.random(using: &random)
        let attachments = (0..<Int.random(in: 0...3, using: &random)).map { index in
            var name = text(&random, maxLength: 60, allowNewlines: false)
            if name.allSatisfy({ $0 == " " }) { name = "file\(index)" }
            let bytes = (0..<Int.random(in: 0...4000, using: &random)).map { _ in
                UInt8.random(in: 0...255, using: &random)
            }
            let type = ["application/octet-stream", "application/pdf", "image/png", "text/plain"].randomElement(
                using: &random)!
            return OutgoingAttachment(filename: name, mediaType: type, data: Data(bytes))
        }
        let message = OutgoingMessage(
            to: to, cc: cc, subject: text(&random, maxLength: 200, allowNewlines: false),
            textBody: withText ? text(&random, maxLength: 3000, allowNewlines: true) : nil,
            htmlBody: withHTML ? "<p>" + text(&random, maxLength: 2000, allowNewlines: true) + "</p>" : nil,
            attachments: attachments)
        return Sample(message: message)
    }
}
