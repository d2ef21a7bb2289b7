import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail drafts.list")
struct DraftsListTests {
    private let list = "/gmail/v1/users/me/drafts"

    private func drafts(_ json: [String: Any]) -> [[String: Any]] {
        json["drafts"] as? [[String: Any]] ?? []
    }

    @Test func seededDraftsNewestFirstWithTheirMessages() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.readonly])
        let json = try await client.json(list)
        #expect(Set(json.keys) == ["drafts", "resultSizeEstimate"])
        #expect(json["resultSizeEstimate"] as? Int == 4)
        let entries = drafts(json)
        // Draft ages: ideas 1 day, unicode subject 14, attachment 18, chart reply 24.
        let order = ["draft-ideas", "draft-unicode-subject", "draft-attachment", "draft-chart-reply"]
        let seeded = Dictionary(uniqueKeysWithValues: SandboxSeed.seededDrafts.map { ($0.key, $0) })
        #expect(Set(seeded.keys) == Set(order))
        #expect(entries.map { $0["id"] as? String } == order.map { seeded[$0]?.draftId })
        for (entry, key) in zip(entries, order) {
            let draft = try #require(seeded[key])
            #expect(draft.draftId.wholeMatch(of: /r[1-9][0-9]{18}/) != nil)
            #expect(draft.messageId == SandboxSeed.id(key))
            #expect(Set(entry.keys) == ["id", "message"])
            #expect(entry["message"] as? [String: String] == ["id": draft.messageId, "threadId": draft.threadId])
        }
        // The reply sits in the thread it answers.
        #expect(seeded["draft-chart-reply"]?.threadId == SandboxSeed.id("chart-png"))
        #expect(fake.draftIDs() == order.compactMap { seeded[$0]?.draftId })
        #expect(fake.requests("GET /gmail/v1/users/me/drafts") == 1)
    }

    @Test func queriesSearchTheDraftMessages() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let cases: [(String, [String])] = [
            ("has:attachment", ["draft-attachment"]),
            ("subject:zürich", ["draft-unicode-subject"]),
            ("to:dana", ["draft-chart-reply"]),
            ("chart", ["draft-chart-reply"]),  // the draft only, not Dana's message
            ("from:me", ["draft-ideas", "draft-unicode-subject", "draft-attachment", "draft-chart-reply"]),
            ("quarterly", []),
        ]
        for (query, keys) in cases {
            let json = try await client.json(list + "?q=" + percentEncoded(query))
            #expect(
                drafts(json).compactMap { ($0["message"] as? [String: Any])?["id"] as? String }
                    == keys.map(SandboxSeed.id), "q=\(query)")
            #expect(json["resultSizeEstimate"] as? Int == keys.count)
        }
        let none = try await client.get(list + "?q=quarterly")
        #expect(none.text == "{\n  \"resultSizeEstimate\": 0\n}\n")
    }

    @Test func pagesWithoutGapsAndChecksMaxResults() async throws {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        var saved: [String] = []
        for index in 0..<7 {
            let raw = Data("Subject: draft \(index)\r\n\r\nbody \(index)\r\n".utf8)
            saved.append(fake.saveDraft(raw: raw, date: start.addingTimeInterval(Double(index) * 60)).draftId)
        }
        let client = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.compose])
        var seen: [String] = []
        var sizes: [Int] = []
        var token: String?
        repeat {
            let json = try await client.json(list + "?maxResults=3" + (token.map { "&pageToken=\($0)" } ?? ""))
            seen += drafts(json).compactMap { $0["id"] as? String }
            sizes.append(drafts(json).count)
            #expect(json["resultSizeEstimate"] as? Int == 7)
            token = json["nextPageToken"] as? String
        } while token != nil && sizes.count < 5
        #expect(sizes == [3, 3, 1])
        #expect(seen == saved.reversed())
        #expect(fake.draftIDs() == saved.reversed())

        #expect(drafts(try await client.json(list + "?maxResults=0")).count == 7)
        for bad in ["-1", "many"] {
            let response = try await client.get(list + "?maxResults=\(bad)")
            #expect(response.status == 400, "\(bad)")
            #expect(
                try GmailJSON.error(response)["message"] as? String
                    == "Invalid value at 'max_results' (TYPE_UINT32), \"\(bad)\"")
        }
        #expect(try await client.get(list + "?pageToken=not-a-token").status == 400)
        #expect(try await client.get(list + "?includeSpamTrash=maybe").status == 400)
    }

    @Test func emptyMailboxHasOnlyTheEstimate() async throws {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        let client = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.readonly])
        let response = try await client.get(list)
        #expect(response.status == 200)
        #expect(response.text == "{\n  \"resultSizeEstimate\": 0\n}\n")
        fake.deliver(raw: Data("Subject: not a draft\r\n\r\nhi\r\n".utf8), labelIds: ["DRAFT"])
        // A DRAFT-labelled message without a draft id (never a Gmail state) is not listed.
        #expect(try await client.get(list).text == "{\n  \"resultSizeEstimate\": 0\n}\n")
    }

    @Test func deletedDraftMessagesAndTrashedDraftsStayOut() async throws {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        let kept = fake.saveDraft(raw: Data("Subject: kept\r\n\r\nx\r\n".utf8))
        let gone = fake.saveDraft(raw: Data("Subject: gone\r\n\r\nx\r\n".utf8))
        fake.deleteMessage(id: gone.messageId)
        #expect(fake.draftIDs() == [kept.draftId])
        let client = try await GmailTestClient.connect(to: fake)
        let json = try await client.json(list)
        #expect(drafts(json).compactMap { $0["id"] as? String } == [kept.draftId])
    }

    @Test func scopesAreReadComposeModifyOrFull() async throws {
        let fake = try FakeGoogle()
        for scope in [GmailScope.full, GmailScope.modify, GmailScope.readonly, GmailScope.compose] {
            let client = try await GmailTestClient.connect(to: fake, scopes: [scope])
            #expect(try await client.get(list).status == 200, "\(scope)")
        }
        for scope in [
            GmailScope.send, GmailScope.metadata, GmailScope.labels, "https://www.googleapis.com/auth/contacts",
        ] {
            let client = try await GmailTestClient.connect(to: fake, scopes: [scope])
            let response = try await client.get(list)
            #expect(response.status == 403, "\(scope)")
            #expect(try GmailJSON.firstErrorItem(response)["reason"] as? String == "insufficientPermissions")
            let info = (try GmailJSON.error(response)["details"] as? [[String: Any]])?.first
            #expect(
                (info?["metadata"] as? [String: String])?["method"] == "caribou.api.proto.MailboxService.ListDrafts")
            #expect(response.header("WWW-Authenticate")?.contains("gmail.compose") == true)
        }
        let missing = try await GmailTestClient(fake: fake, token: nil).get(list)
        #expect(missing.status == 401)
        let client = try await GmailTestClient.connect(to: fake)
        #expect(try await client.get("/gmail/v1/users/sandbox.user@example.com/drafts").status == 200)
        #expect(try await client.get("/gmail/v1/users/other@example.com/drafts").status == 403)
    }
}

extension GmailScope {
    static let compose = "https://www.googleapis.com/auth/gmail.compose"
}
