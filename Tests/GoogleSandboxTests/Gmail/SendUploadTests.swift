import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail messages.send: media and multipart uploads")
struct SendUploadTests {
    private let uploadKey = "POST /upload/gmail/v1/users/me/messages/send"

    @Test func mediaUploadSendsTheRawBytes() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.send])
        let raw = outgoingMessage(extraHeaders: [
            "From: sandbox.user@example.com", "Date: Mon, 6 May 2024 19:02:11 +0200", "Message-ID: <m1@x>",
        ])
        let response = try await client.sendMedia(raw)
        #expect(response.status == 200, "\(response.text)")
        let json = try response.jsonObject()
        let id = try #require(json["id"] as? String)
        #expect(json["labelIds"] as? [String] == ["SENT"])
        #expect(fake.rawMessage(id: id) == raw)
        #expect(fake.lastSendUploadType == "media")
        #expect(fake.requests(uploadKey) == 1)
        #expect(fake.requests("POST /gmail/v1/users/me/messages/send") == 0)
    }

    @Test func mediaUploadsCarryMessagesTheJSONPathCannot() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        // About 6.5 MiB of attachment: over the JSON path's limit, fine as an upload.
        let pattern = Data((0...255).map { UInt8($0) })
        let attachment = (0..<(5 * 4096)).reduce(into: Data()) { data, _ in
            data.append(pattern)
        }
        let source =
            "To: bob@example.com\nSubject: big\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=big\n\n"
            + "--big\nContent-Type: text/plain; charset=UTF-8\n\nsee attached\n--big\n"
            + "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"blob.bin\"\n"
            + "Content-Transfer-Encoding: base64\n\n"
        // Foundation breaks the base64 into 76-character lines with CRLF.
        let raw =
            crlf(source) + attachment.base64EncodedData(options: .lineLength76Characters) + crlf("\n--big--\n")
        #expect(raw.count > MessagesSendLimits.json)
        let json = try await client.sendJSON(raw)
        #expect(json.status == 413)
        let media = try await client.sendMedia(raw)
        #expect(media.status == 200, "\(media.text.prefix(300))")
        let id = try #require(try media.jsonObject()["id"] as? String)
        let stored = try StrictMessageParser.parse(try #require(fake.rawMessage(id: id)))
        #expect(stored.attachments.first?.content == attachment)
    }

    @Test func mediaOverTheUploadLimitIs413() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let response = try await client.sendMedia(Data(count: MessagesSendLimits.media + 1))
        #expect(response.status == 413)
        let error = try GmailJSON.error(response)
        #expect(error["code"] as? Int == 413)
        #expect(try GmailJSON.firstErrorItem(response)["reason"] as? String == "uploadTooLarge")
        #expect(fake.requests(uploadKey) == 1)
    }

    @Test func mediaMustBeAMessage() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        for contentType in ["text/plain", nil] {
            let response = try await client.sendMedia(outgoingMessage(), contentType: contentType)
            #expect(response.status == 400)
            #expect(try GmailJSON.firstErrorItem(response)["reason"] as? String == "badContent")
        }
        #expect(try await client.sendMedia(outgoingMessage(), contentType: "Message/RFC822").status == 200)
    }

    @Test func theUploadTypeMustBeMediaOrMultipart() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let missing = try await client.post(
            "/upload/gmail/v1/users/me/messages/send", contentType: "message/rfc822", body: outgoingMessage())
        #expect(missing.status == 400)
        #expect(
            try GmailJSON.error(missing)["message"] as? String
                == "Upload requests must include an uploadType URL parameter and a URL path beginning with /upload/")
        #expect(try GmailJSON.firstErrorItem(missing)["reason"] as? String == "wrongUrlForUpload")
        let resumable = try await client.post(
            "/upload/gmail/v1/users/me/messages/send?uploadType=resumable", contentType: "message/rfc822",
            body: outgoingMessage())
        #expect(resumable.status == 400)
        #expect(fake.sentMessageIDs.isEmpty)
        #expect(fake.requests(uploadKey) == 2)
    }

    @Test func uploadsTakeTheSameCredentialsAndScopes() async throws {
        let fake = try FakeGoogle()
        #expect(try await GmailTestClient(fake: fake, token: nil).sendMedia(outgoingMessage()).status == 401)
        let readonly = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.readonly])
        #expect(try await readonly.sendMultipart(outgoingMessage()).status == 403)
        let sender = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.send])
        fake.failNext(1, status: 429)
        #expect(try await sender.sendMedia(outgoingMessage()).status == 429)
        #expect(fake.requests(uploadKey) == 3)
        #expect(fake.sentMessageIDs.isEmpty)
    }

    @Test func multipartUploadCarriesTheThreadIdInItsMetadata() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let parent = SandboxSeed.id("reply-sent")
        let threadId = SandboxSeed.id("plain-ascii")
        let reply = outgoingMessage(
            to: "alice@example.com", subject: "Re: Quarterly report ready",
            extraHeaders: [
                "In-Reply-To: <CAsandbox-reply-1@mail.gmail.com>",
                "References: <report-1@example.com> <CAsandbox-reply-1@mail.gmail.com>",
            ])
        let joined = try await client.sendMultipart(reply, metadata: "{\"threadId\": \"\(threadId)\"}")
        #expect(joined.status == 200, "\(joined.text)")
        #expect(try joined.jsonObject()["threadId"] as? String == threadId)
        #expect(fake.lastSendUploadType == "multipart")
        #expect(parent != threadId)

        let alone = try await client.sendMultipart(outgoingMessage())
        let aloneJSON = try alone.jsonObject()
        #expect(aloneJSON["threadId"] as? String == aloneJSON["id"] as? String)
    }

    @Test func malformedMultipartUploadsAreRefused() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let wrongFirstPart = try await client.sendMultipart(outgoingMessage(), metadataType: "text/plain")
        #expect(wrongFirstPart.status == 400)
        #expect((try GmailJSON.error(wrongFirstPart)["message"] as? String)?.contains("application/json") == true)
        let badJSON = try await client.sendMultipart(outgoingMessage(), metadata: "{nope")
        #expect(
            try GmailJSON.error(badJSON)["message"] as? String == "Invalid JSON payload received. Unexpected token.")
        let onePart = try await client.post(
            "/upload/gmail/v1/users/me/messages/send?uploadType=multipart",
            contentType: "multipart/related; boundary=b",
            body: Data("--b\r\nContent-Type: message/rfc822\r\n\r\nTo: a@b.c\r\n\r\nx\r\n--b--\r\n".utf8))
        #expect(onePart.status == 400)
        let notRelated = try await client.post(
            "/upload/gmail/v1/users/me/messages/send?uploadType=multipart", contentType: "message/rfc822",
            body: outgoingMessage())
        #expect(notRelated.status == 400)
        #expect(fake.sentMessageIDs.isEmpty)
    }
}

/// The fake's limits, restated so that a change to them shows up here.
enum MessagesSendLimits {
    static let json = 6 * 1024 * 1024
    static let media = 36_700_160
}
