import Foundation
import GoogleSandbox
import Testing

/// A sessionless MCP client pages with a token from one `gmail-mcp sandbox` process in the
/// next one. Each seeded fake dates its mail back from its own start, so the token's dates are
/// a little off there; paging must still go on right after the message the token names, also
/// where two seeded messages share a date (`filler-5` and `unknown-charset`).
@Suite("Gmail page tokens across fake instances")
struct PageTokensAcrossInstancesTests {
    private struct Page {
        let ids: [String]
        let token: String?
    }

    private func page(_ client: GmailTestClient, _ path: String, _ key: String, token: String?) async throws -> Page {
        let json = try await client.json(path + (token.map { "&pageToken=\($0)" } ?? ""))
        let ids = (json[key] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        return Page(ids: ids, token: json["nextPageToken"] as? String)
    }

    /// Every token of one-item pages from a first fake, each tried in a second fake started
    /// later: it must give the rest of the first fake's list exactly.
    private func checkEveryToken(_ path: String, _ key: String) async throws {
        let first = try FakeGoogle(seedSandboxAccount: true)
        let firstClient = try await GmailTestClient.connect(to: first)
        var order: [String] = []
        var tokens: [(token: String, shown: Int)] = []
        var token: String?
        repeat {
            let next = try await page(firstClient, path + "?maxResults=1", key, token: token)
            order += next.ids
            token = next.token
            if let token { tokens.append((token, order.count)) }
        } while token != nil
        first.stop()
        #expect(tokens.count == order.count - 1)

        try await Task.sleep(for: .milliseconds(20))
        let second = try FakeGoogle(seedSandboxAccount: true)
        defer { second.stop() }
        let secondClient = try await GmailTestClient.connect(to: second)
        for (token, shown) in tokens {
            let rest = try await page(secondClient, path + "?maxResults=500", key, token: token)
            #expect(rest.ids == Array(order.dropFirst(shown)), "after \(order[shown - 1])")
        }
    }

    @Test func messageTokensPageOnInAnotherInstance() async throws {
        let tied = SandboxSeed.ids(["filler-5", "unknown-charset"])
        #expect(tied.count == 2)
        try await checkEveryToken("/gmail/v1/users/me/messages", "messages")
    }

    @Test func draftTokensPageOnInAnotherInstance() async throws {
        try await checkEveryToken("/gmail/v1/users/me/drafts", "drafts")
    }
}
