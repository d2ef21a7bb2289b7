import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail messages.get: the payload tree")
struct MessagePayloadTests {
    private func payload(_ key: String) async throws -> [String: Any] {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        return try #require(try await client.message(SandboxSeed.id(key))["payload"] as? [String: Any])
    }

    /// partId, mimeType, filename and how the body travels, for every part in order.
    private func shape(_ payload: [String: Any]) -> [String] {
        GmailJSON.flattened(payload).map { part in
            let body = part["body"] as? [String: Any] ?? [:]
            let travel = body["attachmentId"] != nil ? "attachment" : body["data"] != nil ? "data" : "empty"
            return "\(part["partId"]!) \(part["mimeType"]!) '\(part["filename"]!)' \(travel) \(body["size"]!)"
        }
    }

    @Test func deepNestingNumbersPartsLikeGmail() async throws {
        let payload = try await payload("deep-nesting")
        let zipSize = try #require(SandboxSeed.seededMessage("deep-nesting")?.expectedAttachments.last?.bytes.count)
        #expect(
            shape(payload) == [
                " multipart/mixed '' empty 0",
                "0 multipart/alternative '' empty 0",
                "0.0 text/plain '' data 38",
                "0.1 multipart/related '' empty 0",
                "0.1.0 text/html '' data 78",
                "0.1.1 image/gif 'spacer.gif' attachment 43",
                "1 application/zip 'archive.zip' attachment \(zipSize)",
            ])
        // parts only on multiparts; every part has headers here.
        for part in GmailJSON.flattened(payload) {
            let isMultipart = (part["mimeType"] as! String).hasPrefix("multipart/")
            #expect((part["parts"] != nil) == isMultipart)
        }
        let gif = try #require(GmailJSON.part(payload, id: "0.1.1"))
        #expect(GmailJSON.header(gif, "Content-ID") == "<spacer@example.com>")
    }

    @Test func forwardedMessageNestsTheEmbeddedMessage() async throws {
        let payload = try await payload("forwarded-message")
        #expect(
            shape(payload) == [
                " multipart/mixed '' empty 0",
                "0 text/plain '' data 30",
                "1 message/rfc822 'Original message.eml' attachment 495",
                "1.0 multipart/alternative '' empty 0",
                "1.0.0 text/plain '' data 46",
                "1.0.1 text/html '' data 60",
            ])
        let embedded = try #require(GmailJSON.part(payload, id: "1.0"))
        #expect(GmailJSON.header(embedded, "Subject") == "Original message")
        #expect(GmailJSON.header(embedded, "From") == "Dave <dave@example.net>")
        let wrapper = try #require(GmailJSON.part(payload, id: "1"))
        #expect(GmailJSON.header(wrapper, "Subject") == nil)
    }

    @Test func filenamesAreDecodedFromEveryEncoding() async throws {
        let rfc2231 = try await payload("rfc2231-filename")
        #expect(GmailJSON.part(rfc2231, id: "1")?["filename"] as? String == "Übersicht 2024.pdf")
        let continued = try await payload("rfc2231-continuation")
        let continuedPart = try #require(GmailJSON.part(continued, id: "1"))
        #expect(continuedPart["filename"] as? String == "Sehr langer Dateiname mit Ümlauten und Fortsetzung.txt")
        // The folded Content-Disposition keeps its raw parameters.
        #expect(
            GmailJSON.header(continuedPart, "Content-Disposition")
                == "attachment; filename*0*=UTF-8''Sehr%20langer%20Dateiname%20mit%20; filename*1*=%C3%9Cmlauten%20und%20Fortsetzung.txt"
        )
        let encodedWord = try await payload("rfc2047-name")
        #expect(GmailJSON.part(encodedWord, id: "1")?["filename"] as? String == "Отчёт.docx")
    }

    @Test func attachmentWithoutNameComesInlineAndSmallNamedOnesDoNot() async throws {
        let unnamed = try await payload("attachment-without-name")
        let part = try #require(GmailJSON.part(unnamed, id: "1"))
        #expect(part["filename"] as? String == "")
        let body = try #require(part["body"] as? [String: Any])
        #expect(body["attachmentId"] == nil)
        #expect(
            GmailJSON.base64URL(body["data"] as! String)
                == Data([0x00, 0x10, 0x20, 0x30, 0xC0, 0xFF, 0xEE, 0x0D, 0x0A, 0x7F]))
        #expect(body["size"] as? Int == 10)

        let tiny = try await payload("tiny-csv")
        let csv = try #require(GmailJSON.part(tiny, id: "1")?["body"] as? [String: Any])
        #expect(csv["attachmentId"] is String)
        #expect(csv["data"] == nil)
        #expect(csv["size"] as? Int == 10)
    }

    @Test func headersStayRawInOrderWithDuplicatesAndFoldsJoined() async throws {
        let encoded = try await payload("utf8-quoted-printable")
        let headers = try #require(encoded["headers"] as? [[String: String]])
        #expect(headers.first == ["name": "From", "value": "=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>"])
        #expect(
            GmailJSON.header(encoded, "Subject") == "=?UTF-8?B?R3LDvMOfZSBhdXMg?= =?UTF-8?Q?K=C3=B6ln_=F0=9F=8E=89?=")

        let plain = try await payload("plain-ascii")
        let received = (plain["headers"] as! [[String: String]]).filter { $0["name"] == "Received" }.map {
            $0["value"]!
        }
        #expect(
            received == [
                "from mail.example.com (mail.example.com [192.0.2.10])        by mx.google.com with ESMTPS id a1si123456qkb.42.2024.05.06.09.15.00        for <sandbox.user@example.com>; Mon, 06 May 2024 09:15:00 -0700 (PDT)",
                "by mail.example.com with SMTP id x7so1234567qkb.1;        Mon, 06 May 2024 09:14:59 -0700 (PDT)",
            ])

        let folded = try await payload("folded-encoded-subject")
        #expect(
            GmailJSON.header(folded, "Subject")
                == "=?UTF-8?Q?Sehr_lange_Betreffzeile_mit_Umlauten_=C3=A4=C3=B6=C3=BC_?= =?UTF-8?Q?und_noch_mehr_Text?="
        )
    }

    @Test func bodyDataIsUnpaddedBase64urlOfTheDecodedBytes() async throws {
        // Quoted-printable removed, bytes still UTF-8.
        let qp = try await payload("utf8-quoted-printable")
        let body = try #require(qp["body"] as? [String: Any])
        let data = try #require(body["data"] as? String)
        #expect(!data.contains("=") && !data.contains("+") && !data.contains("/"))
        let bytes = try #require(GmailJSON.base64URL(data))
        #expect(body["size"] as? Int == bytes.count)
        #expect(
            String(decoding: bytes, as: UTF8.self).hasPrefix(
                "Hallo Sam,\r\n\r\nviele Grüße aus Köln! Das Wetter ist schön 🌞 und der Dom"))

        // 8bit KOI8-R stays KOI8-R: "Привет" is F0 D2 C9 D7 C5 D4 there.
        let koi = try await payload("koi8-r")
        let koiBytes = try #require(GmailJSON.base64URL((koi["body"] as! [String: Any])["data"] as! String))
        #expect(Array(koiBytes.prefix(6)) == [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4])

        // Some lengths leave no padding to strip; the unpadded ones must still decode.
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        var remainders = Set<Int>()
        for message in SandboxSeed.seededMessages {
            let payload = try #require(try await client.message(message.id)["payload"] as? [String: Any])
            for part in GmailJSON.flattened(payload) {
                guard let data = (part["body"] as? [String: Any])?["data"] as? String else { continue }
                #expect(!data.contains("="))
                remainders.insert(data.count % 4)
                #expect(GmailJSON.base64URL(data)?.count == (part["body"] as? [String: Any])?["size"] as? Int)
            }
        }
        #expect(remainders.contains(2) && remainders.contains(3))
    }

    @Test func largeUnnamedPartsTravelAsAttachments() async throws {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        let line = String(repeating: "0123456789", count: 7) + "\r\n"
        let big = String(repeating: line, count: 14_300)  // just over 1 MB
        let id = fake.deliver(raw: Data(("Subject: big\r\nContent-Type: text/plain\r\n\r\n" + big).utf8))
        let client = GmailTestClient(
            fake: fake, token: try await accessToken(from: fake, scopes: [GmailScope.readonly]))
        let body = try #require((try await client.message(id)["payload"] as? [String: Any])?["body"] as? [String: Any])
        #expect(body["data"] == nil)
        #expect(body["size"] as? Int == big.utf8.count)
        let attachment = try await client.json(
            "/gmail/v1/users/me/messages/\(id)/attachments/\(try #require(body["attachmentId"] as? String))")
        #expect(GmailJSON.base64URL(attachment["data"] as! String) == Data(big.utf8))
    }
}
