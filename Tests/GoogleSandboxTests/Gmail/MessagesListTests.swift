import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail messages.list")
struct MessagesListTests {
    private let spamAndTrash = SandboxSeed.ids(["spam-prize", "trash-prize-draw"])

    @Test func listsEverythingButSpamAndTrashNewestFirst() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let json = try await client.json("/gmail/v1/users/me/messages")
        let messages = try #require(json["messages"] as? [[String: String]])
        let expected = fake.messageIDs().filter { !spamAndTrash.contains($0) }
        #expect(SandboxSeed.seededMessages.count == 68)
        #expect(messages.count == 66)
        #expect(messages.map { $0["id"]! } == expected)
        #expect(json["resultSizeEstimate"] as? Int == 66)
        #expect(json["nextPageToken"] == nil)
        #expect(Set(messages.flatMap(\.keys)) == ["id", "threadId"])
        // Newest first: the account's reply (0.1 days old) before Alice's report (0.2 days).
        #expect(messages.prefix(2).map { $0["id"]! } == [SandboxSeed.id("reply-sent"), SandboxSeed.id("plain-ascii")])
        // Two messages of one thread share the first one's id as thread id.
        let reply = try #require(messages.first { $0["id"] == SandboxSeed.id("lunch-reply") })
        #expect(reply["threadId"] == SandboxSeed.id("lunch-question"))
    }

    @Test func pagesThroughThreePagesWithoutDuplicatesOrGaps() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        var seen: [String] = []
        var pageSizes: [Int] = []
        var token: String?
        repeat {
            let target = "/gmail/v1/users/me/messages?maxResults=25" + (token.map { "&pageToken=\($0)" } ?? "")
            let json = try await client.json(target)
            let ids = (json["messages"] as? [[String: String]] ?? []).map { $0["id"]! }
            seen += ids
            pageSizes.append(ids.count)
            #expect(json["resultSizeEstimate"] as? Int == 66)
            token = json["nextPageToken"] as? String
            if let token { #expect(!token.isEmpty && token.allSatisfy(\.isNumber)) }
        } while token != nil && pageSizes.count < 10
        #expect(pageSizes == [25, 25, 16])
        #expect(seen == fake.messageIDs().filter { !spamAndTrash.contains($0) })
        #expect(fake.requests("GET /gmail/v1/users/me/messages") == 3)
    }

    @Test func mailArrivingOrLeavingBetweenPagesCausesNoDuplicates() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let first = try await client.json("/gmail/v1/users/me/messages?maxResults=10")
        let firstIDs = (first["messages"] as! [[String: String]]).map { $0["id"]! }
        let token = try #require(first["nextPageToken"] as? String)
        fake.deliver(raw: Data("Subject: new arrival\r\n\r\nhello\r\n".utf8))
        fake.deleteMessage(id: firstIDs[3])
        let second = try await client.json("/gmail/v1/users/me/messages?maxResults=10&pageToken=\(token)")
        let secondIDs = (second["messages"] as! [[String: String]]).map { $0["id"]! }
        let all = fake.messageIDs().filter { !spamAndTrash.contains($0) }
        let afterFirstPage = all.drop { $0 != firstIDs[9] }.dropFirst()
        #expect(secondIDs == Array(afterFirstPage.prefix(10)))
        #expect(Set(firstIDs).isDisjoint(with: secondIDs))
    }

    @Test func emptyResultHasOnlyTheEstimate() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let response = try await client.get("/gmail/v1/users/me/messages?q=" + percentEncoded("prize"))
        #expect(response.status == 200)
        let json = try response.jsonObject()
        #expect(json.count == 1)
        #expect(json["resultSizeEstimate"] as? Int == 0)

        let empty = try FakeGoogle(seedSandboxAccount: false)
        let emptyClient = GmailTestClient(
            fake: empty, token: try await accessToken(from: empty, scopes: [GmailScope.readonly]))
        #expect(try await emptyClient.get("/gmail/v1/users/me/messages").text == "{\n  \"resultSizeEstimate\": 0\n}\n")
    }

    @Test func spamAndTrashComeBackWhenAskedFor() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        #expect(try await client.search("prize").isEmpty)
        #expect(Set(try await client.search("prize", extra: "&includeSpamTrash=true")) == spamAndTrash)
        #expect(try await client.search("prize in:spam") == [SandboxSeed.id("spam-prize")])
        #expect(try await client.search("in:trash") == [SandboxSeed.id("trash-prize-draw")])
        #expect(Set(try await client.search("prize in:anywhere")) == spamAndTrash)
        #expect(try await client.listIDs("labelIds=SPAM") == [SandboxSeed.id("spam-prize")])
        let everything = try await client.listIDs("includeSpamTrash=true")
        #expect(everything.count == 68)
        #expect(try await client.listIDs("includeSpamTrash=false").count == 66)
        let invalid = try await client.get("/gmail/v1/users/me/messages?includeSpamTrash=yes")
        #expect(invalid.status == 400)
    }

    @Test func labelIdsMustAllBePresent() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let work = try await client.listIDs("labelIds=Label_1")
        #expect(Set(work) == SandboxSeed.ids(["plain-ascii", "chart-png", "shift-jis"]))
        let workAndUnread = try await client.listIDs("labelIds=Label_1&labelIds=UNREAD")
        #expect(workAndUnread == [SandboxSeed.id("plain-ascii")])
        #expect(try await client.listIDs("labelIds=Label_1&labelIds=SENT").isEmpty)
        #expect(
            Set(try await client.listIDs("labelIds=SENT"))
                == SandboxSeed.ids(["reply-sent", "lunch-reply", "offsite-agenda"]))
    }

    @Test func maxResultsIsCappedAt500AndMustBeANumber() async throws {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        for number in 0..<510 {
            fake.deliver(
                raw: Data("Subject: bulk \(number)\r\n\r\nbody\r\n".utf8), labelIds: ["INBOX"],
                internalDate: Date(timeIntervalSince1970: 1_700_000_000 + Double(number)))
        }
        let client = GmailTestClient(
            fake: fake, token: try await accessToken(from: fake, scopes: [GmailScope.readonly]))
        let big = try await client.json("/gmail/v1/users/me/messages?maxResults=600")
        #expect((big["messages"] as? [Any])?.count == 500)
        #expect(big["nextPageToken"] is String)
        let defaulted = try await client.json("/gmail/v1/users/me/messages")
        #expect((defaulted["messages"] as? [Any])?.count == 100)

        let bad = try await client.get("/gmail/v1/users/me/messages?maxResults=lots")
        #expect(bad.status == 400)
        #expect(try GmailJSON.error(bad)["status"] as? String == "INVALID_ARGUMENT")
        #expect(try await client.get("/gmail/v1/users/me/messages?maxResults=-1").status == 400)
    }

    @Test func foreignPageTokenIsRefused() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let response = try await client.get("/gmail/v1/users/me/messages?pageToken=not-a-token")
        #expect(response.status == 400)
        #expect(try GmailJSON.error(response)["message"] as? String == "Invalid pageToken")
    }
}
