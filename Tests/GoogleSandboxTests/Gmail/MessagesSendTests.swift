import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail messages.send: the JSON path, validation and what Gmail adds")
struct MessagesSendTests {
    private let sendKey = "POST /gmail/v1/users/me/messages/send"

    @Test func sendStoresTheMessageAsSentAndReturnsGmailsMessage() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let raw = outgoingMessage(
            extraHeaders: [
                "From: Sam <sandbox.user@example.com>", "Date: Mon, 6 May 2024 19:02:11 +0200",
                "Message-ID: <composed-1@example.com>",
            ], body: "Grüße, Bob\n")
        let response = try await client.sendJSON(raw)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json; charset=UTF-8")
        let json = try response.jsonObject()
        #expect(Set(json.keys) == ["id", "threadId", "labelIds"])
        let id = try #require(json["id"] as? String)
        #expect(json["threadId"] as? String == id)
        #expect(json["labelIds"] as? [String] == ["SENT"])
        #expect(fake.sentMessageIDs == [id])
        #expect(fake.labels(ofMessage: id) == ["SENT"])
        // Nothing to add or rewrite: stored byte for byte.
        #expect(fake.rawMessage(id: id) == raw)
        #expect(fake.lastSendUploadType == "json")
        #expect(fake.requests(sendKey) == 1)

        // The product reads back what it sent through the ordinary routes.
        let fetched = try await client.message(id, "?format=metadata&metadataHeaders=Subject")
        #expect(fetched["labelIds"] as? [String] == ["SENT"])
        #expect(GmailJSON.header(try #require(fetched["payload"] as? [String: Any]), "Subject") == "Hello")
        let rawFetched = try await client.message(id, "?format=raw")
        #expect(GmailJSON.base64URL(try #require(rawFetched["raw"] as? String)) == raw)
        #expect(try await client.search("in:sent Grüße").contains(id))
    }

    @Test func rawMayBePaddedOrStandardBase64() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let raw = outgoingMessage(body: "??>>~~ padded\n")
        for encoded in [raw.base64EncodedString(), GmailJSON.base64URLUnpadded(raw) + "=="] {
            let body = Data("{\"raw\": \"\(encoded)\"}".utf8)
            let response = try await client.post(
                "/gmail/v1/users/me/messages/send", contentType: "application/json", body: body)
            #expect(response.status == 200, "\(response.text)")
        }
        #expect(fake.sentMessageIDs.count == 2)
    }

    @Test func aPayloadInsteadOfRawIsRefusedWithGmailsWords() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let response = try await client.post(
            "/gmail/v1/users/me/messages/send", contentType: "application/json",
            body: Data(
                #"{"payload": {"mimeType": "text/plain", "headers": [{"name": "To", "value": "b@example.com"}]}}"#.utf8)
        )
        #expect(response.status == 400)
        let error = try GmailJSON.error(response)
        #expect(
            error["message"] as? String
                == "'raw' RFC822 payload message string or uploading message via /upload/* URL required")
        #expect(error["status"] as? String == "INVALID_ARGUMENT")
        #expect(try GmailJSON.firstErrorItem(response)["reason"] as? String == "invalidArgument")
        #expect(fake.sentMessageIDs.isEmpty)
        #expect(fake.requests(sendKey) == 1)
    }

    @Test func malformedJSONBodiesGetGooglesParseErrors() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let cases: [(String, String)] = [
            (#"{"raw": "abc"#, "Invalid JSON payload received. Unexpected token."),
            (#"["raw"]"#, "Invalid JSON payload received. Unknown name \"\": Root element must be a message."),
            (
                #"{"raw": "QQ", "thread_id": "x"}"#,
                "Invalid JSON payload received. Unknown name \"thread_id\": Cannot find field."
            ),
        ]
        for (body, message) in cases {
            let response = try await client.post(
                "/gmail/v1/users/me/messages/send", contentType: "application/json", body: Data(body.utf8))
            #expect(response.status == 400)
            let error = try GmailJSON.error(response)
            #expect(error["message"] as? String == message)
            #expect(try GmailJSON.firstErrorItem(response)["reason"] as? String == "invalid")
            let details = try #require(error["details"] as? [[String: Any]])
            #expect(details.first?["@type"] as? String == "type.googleapis.com/google.rpc.BadRequest")
        }
        let notBase64 = try await client.post(
            "/gmail/v1/users/me/messages/send", contentType: "application/json", body: Data(#"{"raw": "a*b"}"#.utf8))
        #expect(notBase64.status == 400)
        #expect(
            try GmailJSON.error(notBase64)["message"] as? String
                == "Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding failed for \"a*b\"")
    }

    @Test func jsonBodiesOverSixMebibytesAre413EvenWithoutCredentials() async throws {
        let fake = try FakeGoogle()
        let body = Data(("{\"raw\":\"" + String(repeating: "A", count: 6 * 1024 * 1024) + "\"}").utf8)
        for client in [try await GmailTestClient.connect(to: fake), GmailTestClient(fake: fake, token: nil)] {
            let response = try await client.post(
                "/gmail/v1/users/me/messages/send", contentType: "application/json", body: body)
            #expect(response.status == 413)
            let error = try GmailJSON.error(response)
            #expect(error["code"] as? Int == 413)
            #expect(error["message"] as? String == "Request Entity Too Large")
        }
        #expect(fake.requests(sendKey) == 2)
        #expect(fake.sentMessageIDs.isEmpty)
    }

    @Test func aMessageBreakingTheStandardsIsRefusedWithTheRule() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let response = try await client.sendJSON(Data("To: b@example.com\r\nSubject: hi\n\r\nbody\r\n".utf8))
        #expect(response.status == 400)
        let error = try GmailJSON.error(response)
        #expect(
            error["message"] as? String
                == "Invalid RFC 5322 message: line 2 contains a bare LF (not preceded by CR); every line must end in "
                + "CRLF (RFC 5322 2.1)"
        )
        #expect(try GmailJSON.firstErrorItem(response)["reason"] as? String == "invalidArgument")
        let eightBitSubject = try await client.sendJSON(outgoingMessage(subject: "Grüße"))
        #expect(
            try GmailJSON.error(eightBitSubject)["message"] as? String ?? ""
                == "Invalid RFC 5322 message: line 2 in the header section of the message contains the 8-bit octet "
                + "0xC3; header fields are 7-bit ASCII, other text needs RFC 2047 encoded words (RFC 5322 2.2)"
        )
        #expect(fake.sentMessageIDs.isEmpty)
        #expect(fake.lastSendUploadType == "json")
    }

    @Test func recipientsAreRequiredAndMustParse() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        for raw in [outgoingMessage(to: nil), outgoingMessage(to: "undisclosed-recipients:;")] {
            let response = try await client.sendJSON(raw)
            #expect(response.status == 400)
            #expect(try GmailJSON.error(response)["message"] as? String == "Recipient address required")
            #expect(try GmailJSON.firstErrorItem(response)["reason"] as? String == "invalidArgument")
        }
        let onlyBcc = try await client.sendJSON(outgoingMessage(to: nil, extraHeaders: ["Bcc: hidden@example.com"]))
        #expect(onlyBcc.status == 200)
        for (field, value) in [("To", "John Smith john@example.com"), ("Cc", "nobody"), ("Bcc", "a@b, ,c@d")] {
            let raw = outgoingMessage(
                to: field == "To" ? value : "b@example.com", extraHeaders: field == "To" ? [] : ["\(field): \(value)"])
            let response = try await client.sendJSON(raw)
            #expect(response.status == 400)
            #expect(try GmailJSON.error(response)["message"] as? String == "Invalid \(field) header")
        }
        #expect(fake.sentMessageIDs.count == 1)
    }

    @Test func gmailAddsDateMessageIDAndFromWhenAbsent() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let raw = outgoingMessage()
        let id = try #require(try await client.sendJSON(raw).jsonObject()["id"] as? String)
        let stored = try #require(fake.rawMessage(id: id))
        // The added fields come first; the message follows unchanged.
        #expect(stored.suffix(raw.count) == raw)
        let message = try StrictMessageParser.parse(stored)
        #expect(message.headers.prefix(3).map(\.name) == ["Date", "Message-ID", "From"])
        #expect(message.addresses("From") == [StrictAddress(displayName: nil, address: SandboxSeed.emailAddress)])
        let messageID = try #require(message.messageIDs("Message-ID").first)
        #expect(messageID.hasPrefix("<") && messageID.hasSuffix("@mail.gmail.com>"))
        #expect(message.values("Date").count == 1)
    }

    @Test func aFromThatIsNoAliasIsRewrittenSilently() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let foreign = outgoingMessage(
            extraHeaders: [
                "From: Mallory\n <mallory@example.net>", "Date: Mon, 6 May 2024 19:02:11 +0200", "Message-ID: <m@x>",
            ])
        let rewrittenID = try #require(try await client.sendJSON(foreign).jsonObject()["id"] as? String)
        let rewritten = try StrictMessageParser.parse(try #require(fake.rawMessage(id: rewrittenID)))
        #expect(rewritten.addresses("From") == [StrictAddress(displayName: nil, address: SandboxSeed.emailAddress)])
        #expect(
            rewritten.headers.map(\.name) == [
                "To", "Subject", "From", "Date", "Message-ID", "MIME-Version", "Content-Type",
                "Content-Transfer-Encoding",
            ])

        fake.addSendAsAlias("Team@Example.net")
        let alias = outgoingMessage(extraHeaders: ["From: Team <team@example.net>"])
        let aliasID = try #require(try await client.sendJSON(alias).jsonObject()["id"] as? String)
        let kept = try StrictMessageParser.parse(try #require(fake.rawMessage(id: aliasID)))
        #expect(kept.addresses("From") == [StrictAddress(displayName: "Team", address: "team@example.net")])

        let ownAddress = outgoingMessage(extraHeaders: ["From: Sam <SANDBOX.user@example.com>"])
        let ownID = try #require(try await client.sendJSON(ownAddress).jsonObject()["id"] as? String)
        #expect(
            try StrictMessageParser.parse(try #require(fake.rawMessage(id: ownID))).values("From") == [
                "Sam <SANDBOX.user@example.com>"
            ])
    }

    @Test func sendScopesAreAdmittedAndReadonlyIsNot() async throws {
        let fake = try FakeGoogle()
        for scope in [
            GmailScope.send, "https://www.googleapis.com/auth/gmail.compose", GmailScope.modify, GmailScope.full,
        ] {
            let client = try await GmailTestClient.connect(to: fake, scopes: [scope])
            #expect(try await client.sendJSON(outgoingMessage()).status == 200)
        }
        let readonly = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.readonly])
        let refused = try await readonly.sendJSON(outgoingMessage())
        #expect(refused.status == 403)
        #expect(try GmailJSON.firstErrorItem(refused)["reason"] as? String == "insufficientPermissions")
        let details = try #require(try GmailJSON.error(refused)["details"] as? [[String: Any]])
        #expect(
            (details.first?["metadata"] as? [String: String])?["method"]
                == "caribou.api.proto.MailboxService.SendMessage")
        #expect(refused.header("WWW-Authenticate")?.contains("gmail.send") == true)

        let anonymous = try await GmailTestClient(fake: fake, token: nil).sendJSON(outgoingMessage())
        #expect(anonymous.status == 401)
        let sender = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.send])
        #expect(try await sender.sendJSON(outgoingMessage(), userId: "someone.else@example.com").status == 403)
        #expect(try await sender.sendJSON(outgoingMessage(), userId: SandboxSeed.emailAddress).status == 200)
        #expect(fake.requests(sendKey) == 8)
        #expect(fake.sentMessageIDs.count == 5)
    }

    @Test func injectedFaultsApplyToSend() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        fake.failNext(1, status: 503, retryAfter: "3")
        let failed = try await client.sendJSON(outgoingMessage())
        #expect(failed.status == 503)
        #expect(failed.header("Retry-After") == "3")
        #expect(try GmailJSON.error(failed)["status"] as? String == "UNAVAILABLE")
        #expect(fake.sentMessageIDs.isEmpty)
        #expect(try await client.sendJSON(outgoingMessage()).status == 200)
        #expect(fake.requests(sendKey) == 2)
    }
}
