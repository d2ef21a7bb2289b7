import Foundation
import GoogleAuth
import GoogleSandbox
import HTTP
import Logging
import Testing

@testable import Gmail

/// The Gmail client against the fake Gmail over real HTTP.
@Suite struct GmailClientTests {
    let fake: FakeGoogle
    let client: GmailClient

    init() throws {
        fake = try FakeGoogle(seedSandboxAccount: false)
        fake.registerClient(id: "c.apps.googleusercontent.com", secret: "s")
        let refresh = fake.issueRefreshToken(
            clientID: "c.apps.googleusercontent.com", scopes: ["https://www.googleapis.com/auth/gmail.readonly"])
        let http = HTTPClient()
        let tokens = TokenProvider(
            credentials: PartialCredentials(
                clientID: "c.apps.googleusercontent.com", clientSecret: "s", refreshToken: refresh),
            endpoint: TokenEndpoint(url: fake.tokenURL, http: http),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        client = GmailClient(http: http, tokens: tokens, gmailURL: fake.baseURL)
    }

    func deliver(_ subject: String) -> String {
        fake.deliver(raw: Data("From: a@example.com\r\nSubject: \(subject)\r\n\r\nbody\r\n".utf8), labelIds: ["INBOX"])
    }

    @Test func aMessageDeletedBetweenListAndGetIsLeftOutNotAnError() async throws {
        let kept = deliver("kept")
        let deleted = deliver("deleted")
        let listed = try await client.listMessages(
            query: nil, maxResults: 10, pageToken: nil, labelIDs: [], includeSpamTrash: false)
        #expect(Set(listed.messages?.map(\.id) ?? []) == [kept, deleted])
        fake.deleteMessage(id: deleted)
        let fetched = try await client.messages(ids: [deleted, kept], format: .metadata)
        #expect(fetched.map { $0?.id } == [nil, kept])
        #expect(fake.requests("POST /batch/gmail/v1") == 1)
    }

    @Test func batchesKeepTheOrderAndSplitAtFifty() async throws {
        let ids = (0..<120).map { deliver("n\($0)") }
        let fetched = try await client.messages(ids: ids, format: .minimal)
        #expect(fetched.map { $0?.id } == ids)
        #expect(fake.requests("POST /batch/gmail/v1") == 3)
        #expect(fake.requests("GET /gmail/v1/users/me/messages/{id}") == 120)  // the inner requests
    }

    @Test func batchItemsThatFailTransientlyAreFetchedAgainOneByOne() async throws {
        let ids = (0..<4).map { deliver("n\($0)") }
        fake.failNextBatchParts(2, status: 503)
        let fetched = try await client.messages(ids: ids, format: .minimal)
        #expect(fetched.map { $0?.id } == ids)
    }

    @Test func anInnerFailureThatIsNotAMissingMessageIsReportedNotDropped() async throws {
        let ids = (0..<3).map { deliver("n\($0)") }
        fake.failNextBatchParts(1, status: 400)
        let error = await #expect(throws: GoogleError.self) {
            try await client.messages(ids: ids, format: .minimal)
        }
        #expect(error?.code == .upstreamError)
        #expect(error?.message.contains("400") == true)
    }
}
