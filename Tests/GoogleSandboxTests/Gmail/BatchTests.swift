import Foundation
import GoogleSandbox
import Testing
import RawHTTPClient

@Suite("Gmail batch requests")
struct BatchTests {
    private let boundary = "batch_foo_bar"

    @Test func mixedSuccessAndNotFoundPartsKeepOrderAndContentIDs() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let known = SandboxSeed.id("plain-ascii")
        let other = SandboxSeed.id("koi8-r")
        let body = batchBody(
            boundary: boundary,
            [
                ("item1", "/gmail/v1/users/me/messages/\(known)?format=metadata&metadataHeaders=Subject", []),
                ("item2", "/gmail/v1/users/me/messages/18c9a1b2c3d4e5f6?format=metadata", []),
                ("item3", "/gmail/v1/users/me/messages/\(other)?format=minimal", []),
                (nil, "/gmail/v1/users/me/messages/not-an-id", []),
            ])
        let response = try await client.postBatch(body: body, boundary: boundary)
        #expect(response.status == 200)
        let contentType = try #require(response.header("Content-Type"))
        #expect(contentType.hasPrefix("multipart/mixed; boundary=batch_"))
        let parts = try BatchResponseReader.parts(of: response)
        #expect(parts.map(\.contentID) == ["<response-item1>", "<response-item2>", "<response-item3>", nil])
        #expect(parts.map(\.status) == [200, 404, 200, 400])
        let first = try parts[0].jsonObject()
        #expect(first["id"] as? String == known)
        #expect(
            (first["payload"] as? [String: Any])?["headers"] as? [[String: String]]
                == [["name": "Subject", "value": "Quarterly report ready"]])
        #expect(try parts[1].jsonObject()["error"] as? [String: Any] != nil)
        #expect(
            (try parts[1].jsonObject()["error"] as? [String: Any])?["message"] as? String
                == "Requested entity was not found.")
        #expect(try parts[2].jsonObject()["id"] as? String == other)
        // Each part carries an HTTP response's own headers, one Vary line per value.
        #expect(parts[0].headers.first?.name == "Content-Type")
        #expect(parts[0].headers.filter { $0.name == "Vary" }.map(\.value) == ["Origin", "X-Origin", "Referer"])
        // Google's answer opens with a CRLF before the first delimiter.
        #expect(response.text.hasPrefix("\r\n--batch_"))
    }

    @Test func innerRequestsAreCountedUnderTheirOwnRoutes() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let before = fake.httpRequests
        let body = batchBody(
            boundary: boundary,
            [
                ("a", "/gmail/v1/users/me/messages/\(SandboxSeed.id("plain-ascii"))", []),
                ("b", "/gmail/v1/users/me/messages/\(SandboxSeed.id("koi8-r"))", []),
                ("c", "/gmail/v1/users/me/messages?maxResults=2", []),
                ("d", "/gmail/v1/users/me/labels", []),
            ])
        _ = try await client.postBatch(body: body, boundary: boundary)
        #expect(fake.httpRequests == before + 1)
        #expect(fake.requests("POST /batch/gmail/v1") == 1)
        #expect(fake.requests("GET /gmail/v1/users/me/messages/{id}") == 2)
        #expect(fake.requests("GET /gmail/v1/users/me/messages") == 1)
        #expect(fake.requests("GET /gmail/v1/users/me/labels") == 1)
    }

    @Test func outerAuthorizationAppliesUnlessAPartBringsItsOwn() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let sendOnly = try await accessToken(from: fake, scopes: [GmailScope.send])
        let id = SandboxSeed.id("plain-ascii")
        let body = batchBody(
            boundary: boundary,
            [
                ("inherits", "/gmail/v1/users/me/messages/\(id)?format=minimal", []),
                (
                    "own-weak-token", "/gmail/v1/users/me/messages/\(id)?format=minimal",
                    ["Authorization: Bearer \(sendOnly)"]
                ),
                (
                    "own-bad-token", "/gmail/v1/users/me/messages/\(id)?format=minimal",
                    ["Authorization: Bearer ya29.a0nope"]
                ),
            ])
        let parts = try BatchResponseReader.parts(of: try await client.postBatch(body: body, boundary: boundary))
        #expect(parts.map(\.status) == [200, 403, 401])
        #expect(parts[2].headers.contains { $0.name == "WWW-Authenticate" && $0.value.contains("invalid_token") })

        let anonymous = GmailTestClient(fake: fake, token: nil)
        let unauthenticated = try BatchResponseReader.parts(
            of: try await anonymous.postBatch(
                body: batchBody(boundary: boundary, [("x", "/gmail/v1/users/me/messages/\(id)", [])]),
                boundary: boundary))
        #expect(unauthenticated.map(\.status) == [401])
    }

    @Test func moreThanAHundredInnerRequestsAreRefused() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let id = SandboxSeed.id("plain-ascii")
        let hundred = (1...100).map {
            (Optional("r\($0)"), "/gmail/v1/users/me/messages/\(id)?format=minimal", [String]())
        }
        let ok = try await client.postBatch(body: batchBody(boundary: boundary, hundred), boundary: boundary)
        #expect(try BatchResponseReader.parts(of: ok).count == 100)
        let tooMany = hundred + [("r101", "/gmail/v1/users/me/messages/\(id)", [])]
        let refused = try await client.postBatch(body: batchBody(boundary: boundary, tooMany), boundary: boundary)
        #expect(refused.status == 400)
        #expect(
            try GmailJSON.error(refused)["message"] as? String
                == "Inner request count exceeds the limit. Received: 101, Limit: 100")
        #expect(fake.requests("GET /gmail/v1/users/me/messages/{id}") == 100)
    }

    @Test func injectedPartFailuresStayInsideTheirParts() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        fake.failNextBatchParts(2, status: 429, retryAfter: "3")
        let ids = ["plain-ascii", "koi8-r", "big5"].map(SandboxSeed.id)
        let body = batchBody(
            boundary: boundary, ids.map { ("m-\($0)", "/gmail/v1/users/me/messages/\($0)?format=minimal", []) })
        let response = try await client.postBatch(body: body, boundary: boundary)
        #expect(response.status == 200)
        let parts = try BatchResponseReader.parts(of: response)
        #expect(parts.map(\.status) == [429, 429, 200])
        #expect(parts[0].headers.contains { $0.name == "Retry-After" && $0.value == "3" })
        #expect((try parts[0].jsonObject()["error"] as? [String: Any])?["status"] as? String == "RESOURCE_EXHAUSTED")
        // A planned failure for the next request hits the batch as a whole.
        fake.failNext(1, status: 503)
        #expect(try await client.postBatch(body: body, boundary: boundary).status == 503)
    }

    @Test func malformedBatchesAreRefused() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let notMultipart = try await client.get("/batch/gmail/v1")
        #expect(notMultipart.status == 404)
        let empty = try await client.postBatch(body: "--\(boundary)--\r\n", boundary: boundary)
        #expect(empty.status == 400)
        let garbage = "--\(boundary)\r\nContent-Type: application/http\r\n\r\n\r\n--\(boundary)--\r\n"
        let parts = try BatchResponseReader.parts(of: try await client.postBatch(body: garbage, boundary: boundary))
        #expect(parts.map(\.status) == [400])
        // The discovery batchPath answers too.
        let alias = try await offThePool { [port = fake.port, token = client.token!] in
            let connection = try RawHTTPConnection(port: port)
            let body = "--b\r\nContent-Type: application/http\r\n\r\nGET /gmail/v1/users/me/labels\r\n\r\n--b--\r\n"
            try connection.write(
                "POST /batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\n"
                    + "Content-Type: multipart/mixed; boundary=b\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
            return try connection.readResponse()
        }
        #expect(try BatchResponseReader.parts(of: alias).map(\.status) == [200])
    }
}
