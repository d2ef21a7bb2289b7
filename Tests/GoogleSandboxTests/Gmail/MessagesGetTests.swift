import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail messages.get: formats and errors")
struct MessagesGetTests {
    @Test func minimalHasIdsLabelsSnippetAndNumbersOnly() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let id = SandboxSeed.id("plain-ascii")
        let response = try await client.get("/gmail/v1/users/me/messages/\(id)?format=minimal")
        #expect(response.header("Content-Type") == "application/json; charset=UTF-8")
        let json = try response.jsonObject()
        #expect(
            Set(json.keys) == ["id", "threadId", "labelIds", "snippet", "sizeEstimate", "historyId", "internalDate"])
        #expect(json["id"] as? String == id)
        #expect(json["threadId"] as? String == id)
        #expect(json["labelIds"] as? [String] == ["INBOX", "UNREAD", "IMPORTANT", "CATEGORY_PERSONAL", "Label_1"])
        #expect(
            json["snippet"] as? String
                == "Hi Sam, The quarterly report is ready for review. Numbers look good &amp; the team&#39;s happy. Alice"
        )
        #expect(json["sizeEstimate"] as? Int == fake.rawMessage(id: id)?.count)
        // 64-bit numbers travel as strings; internalDate is milliseconds, about 0.2 days ago.
        let internalDateText = try #require(json["internalDate"] as? String)
        let internalDate = try #require(Int64(internalDateText))
        let age = Date().timeIntervalSince1970 * 1000 - Double(internalDate)
        #expect(age > 0.19 * 86_400_000 && age < 0.21 * 86_400_000)
        #expect(UInt64(try #require(json["historyId"] as? String)) != nil)
        // The same members in the same order as Gmail renders them.
        let order = [
            "\"id\"", "\"threadId\"", "\"labelIds\"", "\"snippet\"", "\"sizeEstimate\"", "\"historyId\"",
            "\"internalDate\"",
        ]
        let positions = order.map { response.text.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func metadataHasHeadersOnlyAndFiltersThemCaseInsensitively() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let id = SandboxSeed.id("invoice-pdf")
        let all = try await client.message(id, "?format=metadata")
        #expect(
            Set(all.keys) == [
                "id", "threadId", "labelIds", "snippet", "payload", "sizeEstimate", "historyId", "internalDate",
            ])
        let payload = try #require(all["payload"] as? [String: Any])
        #expect(Set(payload.keys) == ["mimeType", "headers"])
        #expect(payload["mimeType"] as? String == "multipart/mixed")
        #expect(
            (payload["headers"] as? [[String: String]])?.map { $0["name"]! } == [
                "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
            ])

        let filtered = try await client.message(
            id, "?format=metadata&metadataHeaders=subject&metadataHeaders=FROM&metadataHeaders=X-Missing")
        let headers = (filtered["payload"] as? [String: Any])?["headers"] as? [[String: String]]
        // Message order, original case.
        #expect(
            headers == [
                ["name": "From", "value": "Billing <billing@example.com>"],
                ["name": "Subject", "value": "Invoice 2024-001"],
            ])
    }

    @Test func rawIsThePaddedBase64urlOfTheExactBytes() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        for key in ["invoice-pdf", "koi8-r", "plain-ascii"] {
            let id = SandboxSeed.id(key)
            let json = try await client.message(id, "?format=RAW")
            #expect(
                Set(json.keys) == [
                    "id", "threadId", "labelIds", "snippet", "sizeEstimate", "raw", "historyId", "internalDate",
                ])
            let raw = try #require(json["raw"] as? String)
            #expect(!raw.contains("+") && !raw.contains("/") && !raw.contains("\n"))
            #expect(raw.count % 4 == 0)
            #expect(GmailJSON.base64URL(raw) == fake.rawMessage(id: id))
        }
    }

    @Test func fullIsTheDefaultFormat() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let id = SandboxSeed.id("plain-ascii")
        let json = try await client.message(id)
        #expect(
            Set(json.keys) == [
                "id", "threadId", "labelIds", "snippet", "payload", "sizeEstimate", "historyId", "internalDate",
            ])
        let payload = try #require(json["payload"] as? [String: Any])
        #expect(payload["partId"] as? String == "")
        #expect(payload["mimeType"] as? String == "text/plain")
        let body = try #require(payload["body"] as? [String: Any])
        let data = try #require(GmailJSON.base64URL(body["data"] as! String))
        #expect(
            String(decoding: data, as: UTF8.self)
                == "Hi Sam,\r\n\r\nThe quarterly report is ready for review.\r\nNumbers look good & the team's happy.\r\n\r\nAlice\r\n"
        )
        #expect(body["size"] as? Int == data.count)
        let unknownFormat = try await client.get("/gmail/v1/users/me/messages/\(id)?format=pretty")
        #expect(unknownFormat.status == 400)
    }

    @Test func malformedIdIs400AndUnknownIdIs404() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        for bad in ["xyz", "18C9A1B2C3D4E5F6", "18c9a1b2c3d4e5f", "18c9a1b2c3d4e5f6a"] {
            let response = try await client.get("/gmail/v1/users/me/messages/\(bad)")
            #expect(response.status == 400, "id \(bad)")
            let error = try GmailJSON.error(response)
            #expect(error["message"] as? String == "Invalid id value")
            #expect(error["status"] as? String == "INVALID_ARGUMENT")
            #expect(try GmailJSON.firstErrorItem(response)["reason"] as? String == "invalidArgument")
        }
        let unknown = try await client.get("/gmail/v1/users/me/messages/18c9a1b2c3d4e5f6")
        #expect(unknown.status == 404)
        #expect(
            unknown.text
                == """
                {
                  "error": {
                    "code": 404,
                    "message": "Requested entity was not found.",
                    "errors": [
                      {
                        "message": "Requested entity was not found.",
                        "domain": "global",
                        "reason": "notFound"
                      }
                    ],
                    "status": "NOT_FOUND"
                  }
                }

                """)
    }

    @Test func messageDeletedBetweenListAndGetIsNotFound() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let ids = try await client.listIDs("maxResults=3")
        fake.deleteMessage(id: ids[1])
        #expect(try await client.get("/gmail/v1/users/me/messages/\(ids[0])").status == 200)
        #expect(try await client.get("/gmail/v1/users/me/messages/\(ids[1])").status == 404)
        #expect(fake.rawMessage(id: ids[1]) == nil)
        #expect(fake.labels(ofMessage: ids[1]) == nil)
    }

    @Test func deliveredMessageGetsAGmailShapedIdAndItsThread() async throws {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        let date = Date(timeIntervalSince1970: 1_718_000_000)
        let first = fake.deliver(raw: Data("Subject: one\r\n\r\nfirst\r\n".utf8), internalDate: date)
        let second = fake.deliver(
            raw: Data("Subject: Re: one\r\n\r\nsecond\r\n".utf8), labelIds: ["SENT"],
            internalDate: date.addingTimeInterval(60),
            threadId: first)
        #expect(first.count == 16 && first.allSatisfy(\.isHexDigit) && first == first.lowercased())
        // Milliseconds in the high bits, like Gmail's ids (June 2024 ids start with 190).
        #expect(UInt64(first, radix: 16).map { $0 >> 20 } == 1_718_000_000_000)
        #expect(fake.messageIDs() == [second, first])
        #expect(fake.labels(ofMessage: first) == ["INBOX", "UNREAD"])
        #expect(fake.labels(ofMessage: second) == ["SENT"])
        let client = GmailTestClient(
            fake: fake, token: try await accessToken(from: fake, scopes: [GmailScope.readonly]))
        let json = try await client.message(second, "?format=minimal")
        #expect(json["threadId"] as? String == first)
        #expect(json["internalDate"] as? String == "1718000060000")
        #expect(json["snippet"] as? String == "second")
    }
}
