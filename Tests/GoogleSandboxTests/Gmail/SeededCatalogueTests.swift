import Foundation
@testable import GoogleSandbox
import Testing

/// The hand-written expectations of the seeded mailbox against what the fake serves. Bodies
/// come over HTTP; only the charset step borrows the fake's decoder, which these literals keep
/// honest (a wrong table or fallback would fail here).
@Suite("Seeded mailbox catalogue")
struct SeededCatalogueTests {
    @Test func catalogueIsLargeStableAndUnique() async throws {
        let messages = SandboxSeed.seededMessages
        #expect(messages.count >= 60)
        #expect(Set(messages.map(\.key)).count == messages.count)
        #expect(Set(messages.map(\.id)).count == messages.count)
        for message in messages {
            #expect(message.id.count == 16 && message.id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
        // Derived from the key alone (FNV-1a), so they never change between runs.
        #expect(SandboxSeed.id("plain-ascii") == "97cab4303ded7b6d")
        let fake = try FakeGoogle()
        #expect(Set(fake.messageIDs()) == Set(messages.map(\.id)))
    }

    @Test func mailboxHasTheLabelsAndSpreadTheCasesNeed() async throws {
        let fake = try FakeGoogle()
        let labels = fake.messageIDs().compactMap { fake.labels(ofMessage: $0) }
        for label in [
            "UNREAD", "STARRED", "IMPORTANT", "Label_1", "Label_2", "Label_3", "SPAM", "TRASH", "SENT", "DRAFT",
        ] {
            #expect(labels.contains { $0.contains(label) }, "no message labelled \(label)")
        }
        #expect(labels.filter { $0.contains("SENT") }.count == 3)
    }

    @Test func subjectsAndBodiesDecodeToTheHandWrittenText() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        for message in SandboxSeed.seededMessages {
            let payload = try #require(try await client.message(message.id)["payload"] as? [String: Any])
            let subject = try #require(GmailJSON.header(payload, "Subject"))
            #expect(EncodedWords.decode(subject) == message.expectedSubject, "\(message.key)")
            #expect(bodyText(of: payload) == message.expectedBodyText, "\(message.key)")
        }
    }

    @Test func charsetSamplesAreWhatTheirNamesSay() async throws {
        let expectations: [String: String] = [
            "latin1": "Bonjour Sam,\n\nÇa te dit un café crème à Paris ? Le garçon a été très aimable.\n\nFrançois\n",
            "koi8-r": "Привет, Сэм!\n\nКак дела? Погода в Москве отличная.\n\nИван\n",
            "shift-jis": "山田さん\n\nこんにちは。明日の会議は午後三時からです。\n\n佐藤\n",
            "iso-2022-jp": "サムさん\n\nお元気ですか？東京は桜が満開です。\n\n田中\n",
            "gb2312": "萨姆你好：\n\n下周的会议改到星期三。\n\n王伟\n",
            "big5": "山姆您好：\n\n這是一封繁體中文的測試郵件。\n\n陳先生\n",
            "windows-1252-quotes":
                "Hello Sam,\n\nHere are “curly quotes”, an en dash – and the price: €5 … that’s all.\n\nBill\n",
            "latin9-euro":
                "Guten Tag,\n\ndie Rechnung beträgt 25 € (fünfundzwanzig Euro).\n\nMit freundlichen Grüßen\nDie Buchhaltung\n",
            "lying-utf8": "Señor Müller, the façade is ready.\n",
        ]
        for (key, text) in expectations {
            #expect(SandboxSeed.seededMessage(key)?.expectedBodyText == text, "\(key)")
        }
        #expect(SandboxSeed.seededMessage("html-only")?.expectedBodyText == nil)
        #expect(
            SandboxSeed.seededMessage("attachment-without-name")?.expectedAttachments.map(\.filename)
                == ["attachment.bin"])
    }

    /// The rule stated on `SeededMessage`: first text/plain part that is not an attachment,
    /// not inside a forwarded message; CRLF to LF; trailing line breaks kept.
    private func bodyText(of part: [String: Any]) -> String? {
        let mimeType = part["mimeType"] as? String ?? ""
        if mimeType == "message/rfc822" || !(part["filename"] as? String ?? "").isEmpty { return nil }
        if let children = part["parts"] as? [[String: Any]] {
            for child in children {
                if let text = bodyText(of: child) { return text }
            }
            return nil
        }
        guard mimeType == "text/plain", let data = (part["body"] as? [String: Any])?["data"] as? String,
            let bytes = GmailJSON.base64URL(data)
        else { return nil }
        let contentType = ParameterizedHeader(parsing: GmailJSON.header(part, "Content-Type") ?? "")
        return CharsetDecoder.decode(bytes, charset: contentType.parameters["charset"])
            .replacingOccurrences(of: "\r\n", with: "\n")
    }
}
