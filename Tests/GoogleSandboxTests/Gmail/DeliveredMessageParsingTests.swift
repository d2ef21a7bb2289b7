import Foundation
import GoogleSandbox
import Testing

/// Messages delivered by tests, with the sloppiness real mail has, read back over HTTP.
@Suite("Gmail payloads of awkward delivered messages")
struct DeliveredMessageParsingTests {
    private func deliverAndFetch(_ source: String, query: String = "") async throws -> (
        FakeGoogle, GmailTestClient, String, [String: Any]
    ) {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        let id = fake.deliver(raw: Data(source.utf8))
        let client = GmailTestClient(
            fake: fake, token: try await accessToken(from: fake, scopes: [GmailScope.readonly]))
        let payload = try #require(try await client.message(id, query)["payload"] as? [String: Any])
        return (fake, client, id, payload)
    }

    private func data(_ part: [String: Any]?) -> String? {
        ((part?["body"] as? [String: Any])?["data"] as? String).flatMap(GmailJSON.base64URL).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test func bareLineFeedsAndAMissingCloseDelimiterAreTolerated() async throws {
        let source = """
            Subject: unix mail
            Content-Type: multipart/mixed; boundary=XYZ

            --XYZ
            Content-Type: text/plain

            first part
            --XYZ
            Content-Type: text/plain; name=notes.txt

            second part

            """
        let (_, _, _, payload) = try await deliverAndFetch(source)
        let parts = try #require(payload["parts"] as? [[String: Any]])
        #expect(parts.count == 2)
        #expect(data(parts.first) == "first part")
        #expect(parts.last?["filename"] as? String == "notes.txt")
    }

    @Test func transferEncodingsAreRemovedLeniently() async throws {
        let source = [
            "Subject: encodings", "Content-Type: multipart/mixed; boundary=\"b\"", "",
            "--b", "Content-Transfer-Encoding: quoted-printable", "",
            "caf=c3=a9 =3D equal, a stray = stays, soft=", "break.   ",
            "--b", "Content-Transfer-Encoding: BASE64", "",
            "aGVsbG8gd29y", "bGQ",  // "hello world" split over lines, padding missing
            "--b", "Content-Transfer-Encoding: x-uuencode", "",
            "kept as is",
            "--b--", "",
        ].joined(separator: "\r\n")
        let (_, _, _, payload) = try await deliverAndFetch(source)
        let parts = try #require(payload["parts"] as? [[String: Any]])
        #expect(data(parts[0]) == "café = equal, a stray = stays, softbreak.")
        #expect(data(parts[1]) == "hello world")
        #expect(data(parts[2]) == "kept as is")
        // The part without a Content-Type is text/plain, and says so.
        #expect(parts.map { $0["mimeType"] as? String } == ["text/plain", "text/plain", "text/plain"])
        #expect(parts[0]["filename"] as? String == "")
    }

    @Test func rawUTF8HeadersAreShownAndSearchable() async throws {
        let source =
            "From: Zoë <zoe@example.com>\r\nSubject: Grüße direkt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHallo\r\n"
        let (_, client, id, payload) = try await deliverAndFetch(source)
        #expect(GmailJSON.header(payload, "Subject") == "Grüße direkt")
        #expect(try await client.search("subject:grüße from:zoe") == [id])
    }

    @Test func digestPartsDefaultToEmbeddedMessages() async throws {
        let source = [
            "Subject: digest", "Content-Type: multipart/digest; boundary=d", "",
            "--d", "",
            "Subject: first of the digest", "", "one", "",
            "--d--", "",
        ].joined(separator: "\r\n")
        let (_, _, _, payload) = try await deliverAndFetch(source)
        let embedded = try #require(GmailJSON.part(payload, id: "0"))
        #expect(embedded["mimeType"] as? String == "message/rfc822")
        #expect(embedded["filename"] as? String == "")
        #expect((embedded["body"] as? [String: Any])?["attachmentId"] is String)
        let inner = try #require(GmailJSON.part(payload, id: "0.0"))
        #expect(GmailJSON.header(inner, "Subject") == "first of the digest")
        #expect(data(inner) == "one\r\n")
    }

    @Test func messageWithoutBodyOrHeadersStillHasAPayload() async throws {
        let (fake, client, id, payload) = try await deliverAndFetch("Subject: nothing\r\n\r\n")
        #expect(payload["mimeType"] as? String == "text/plain")
        #expect(payload["body"] as? [String: Int] == ["size": 0])
        let minimal = try await client.message(id, "?format=minimal")
        #expect(minimal["snippet"] == nil)  // empty values are left out
        #expect(minimal["sizeEstimate"] as? Int == fake.rawMessage(id: id)?.count)
    }

    @Test func snippetCollapsesWhitespaceAndStopsAtAWordWithin200Characters() async throws {
        let words = (1...60).map { "word\($0)" }.joined(separator: "  \r\n ")
        let (_, client, id, _) = try await deliverAndFetch("Subject: long\r\n\r\n<b>\(words)\r\n")
        let snippet = try #require(try await client.message(id, "?format=minimal")["snippet"] as? String)
        #expect(snippet.hasPrefix("&lt;b&gt;word1 word2 word3"))
        let plain = snippet.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        #expect(plain.count <= 200 && plain.count > 190)
        #expect(plain.hasSuffix(" word29"))  // " word30" would make 203
    }
}
