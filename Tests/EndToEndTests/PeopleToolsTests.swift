import Foundation
import GoogleSandbox
import MCP
import Testing

/// gmail_search_people and gmail_list_contacts through the binary and the fake People API,
/// against the seeded contacts and other contacts.
@Suite struct PeopleToolsTests {
    static let contactsScope = "https://www.googleapis.com/auth/contacts.readonly"
    static let otherScope = "https://www.googleapis.com/auth/contacts.other.readonly"

    private func people(_ result: ToolResult) -> [[String: Any]] {
        result.structured?["people"] as? [[String: Any]] ?? []
    }

    private func search(
        _ server: ServerProcess, id: Int, _ arguments: [String: Any]
    ) async throws -> ToolResult {
        try await server.callTool(id: id, name: "gmail_search_people", arguments: arguments)
    }

    @Test func bothSourcesMergeContactsFirstWithoutDuplicatesAndWarmUpOnce() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, tools) = try await fixture.session()

        // "alice" is a contact and, with her address in other case, an other contact: listed once.
        let alice = try await search(server, id: 2, ["query": "alice"])
        #expect(!alice.isError, "\(alice.text)")
        #expect(alice.schemaViolations(tools["gmail_search_people"]) == [])
        let found = people(alice)
        #expect(found.count == 1)
        #expect(found.first?["source"] as? String == "contacts")
        #expect(found.first?["names"] as? [String] == ["Alice Example"])
        #expect(
            found.first?["email_addresses"] as? [String] == [
                "alice@example.com", "alice.home@example.net", "alice@lists.example.org",
            ])
        #expect(alice.structured?["skipped_sources"] == nil)

        // "ann": two contacts, then the other contact.
        let ann = try await search(server, id: 3, ["query": "ann"])
        let sources = people(ann).map { $0["source"] as? String }
        #expect(sources == ["contacts", "contacts", "other_contacts"], "\(ann.text)")
        #expect(people(ann).last?["email_addresses"] as? [String] == ["ann.other@example.org"])

        // One warm-up per source and process, however many searches.
        #expect(fixture.fake.contactWarmUps == 1)
        #expect(fixture.fake.otherContactWarmUps == 1)
        #expect(fixture.fake.requests("GET /v1/people:searchContacts") == 3)
        #expect(fixture.fake.requests("GET /v1/otherContacts:search") == 3)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func hitsInOneSourceOnlyOrNone() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, _) = try await fixture.session()
        let grace = try await search(server, id: 2, ["query": "grace"])
        #expect(people(grace).map { $0["source"] as? String } == ["other_contacts"])
        #expect(people(grace).first?["names"] as? [String] == ["Grace Hopper"])
        #expect((people(grace).first?["resource_name"] as? String)?.hasPrefix("otherContacts/") == true)

        let bob = try await search(server, id: 3, ["query": "bob"])
        #expect(people(bob).map { $0["source"] as? String } == ["contacts"])
        #expect((people(bob).first?["resource_name"] as? String)?.hasPrefix("people/c") == true)

        let none = try await search(server, id: 4, ["query": "zzzzqq"])
        #expect(!none.isError)
        #expect(people(none).isEmpty)
        #expect(none.structured?["skipped_sources"] == nil)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func nonASCIIQueriesFindNonASCIINames() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, _) = try await fixture.session()
        let cases: [(String, String)] = [
            ("山田", "山田 太郎"), ("Zoë", "Zoë Ångström"), ("Σωκράτης", "Σωκράτης Παπαδόπουλος"), ("محمد", "محمد علي"),
            ("田中", "田中 宏"), ("Jürgen", "Jürgen Müller"),
        ]
        for (index, (query, name)) in cases.enumerated() {
            let result = try await search(server, id: 10 + index, ["query": query])
            #expect(people(result).first?["names"] as? [String] == [name], "\(query): \(result.text)")
        }
        #expect(await fixture.finish(server) == 0)
    }

    @Test func pageSizeCapsTheMergedListAndIsChecked() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, _) = try await fixture.session()
        let one = try await search(server, id: 2, ["query": "ann", "page_size": 1])
        #expect(people(one).count == 1)
        #expect(people(one).first?["source"] as? String == "contacts")
        let thirty = try await search(server, id: 3, ["query": "a", "page_size": 30])
        #expect(!thirty.isError, "\(thirty.text)")
        #expect(people(thirty).count <= 30)
        let before = fixture.fake.httpRequests
        for (index, size) in [0, 31, 1000, -1].enumerated() {
            let result = try await search(server, id: 10 + index, ["query": "a", "page_size": size])
            #expect(result.text.hasPrefix("invalid_argument: "), "\(size): \(result.text)")
        }
        let typed = try await search(server, id: 20, ["query": "a", "page_size": "10"])
        #expect(typed.text.hasPrefix("invalid_argument: "))
        let empty = try await search(server, id: 21, ["query": ""])
        #expect(empty.text.hasPrefix("invalid_argument: "))
        let field = try await search(server, id: 22, ["query": "a", "person_fields": ["names", "shoeSize"]])
        #expect(field.text.hasPrefix("invalid_argument: ") && field.text.contains("shoeSize"))
        #expect(fixture.fake.httpRequests == before)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func otherContactsCanBeLeftOut() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, _) = try await fixture.session()
        let result = try await search(server, id: 2, ["query": "ann", "include_other_contacts": false])
        #expect(people(result).map { $0["source"] as? String } == ["contacts", "contacts"])
        #expect(result.structured?["skipped_sources"] == nil)
        #expect(fixture.fake.requests("GET /v1/otherContacts:search") == 0)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aSourceOutOfScopeIsSkippedAndNamed() async throws {
        let onlyContacts = try Fixture(scopes: [Self.contactsScope], seeded: true)
        let (server, tools) = try await onlyContacts.session()
        let result = try await search(server, id: 2, ["query": "ann"])
        #expect(!result.isError, "\(result.text)")
        #expect(result.schemaViolations(tools["gmail_search_people"]) == [])
        #expect(people(result).map { $0["source"] as? String } == ["contacts", "contacts"])
        let skipped = try #require(result.structured?["skipped_sources"] as? [[String: Any]])
        #expect(skipped.count == 1)
        #expect(skipped.first?["source"] as? String == "other_contacts")
        #expect((skipped.first?["reason"] as? String)?.contains(Self.otherScope) == true)
        #expect(await onlyContacts.finish(server) == 0)

        let onlyOthers = try Fixture(scopes: [Self.otherScope], seeded: true)
        let (other, _) = try await onlyOthers.session()
        let found = try await search(other, id: 2, ["query": "grace"])
        #expect(people(found).map { $0["source"] as? String } == ["other_contacts"])
        let skippedContacts = try #require(found.structured?["skipped_sources"] as? [[String: Any]])
        #expect(skippedContacts.first?["source"] as? String == "contacts")
        #expect((skippedContacts.first?["reason"] as? String)?.contains(Self.contactsScope) == true)
        // With other contacts left out by choice, the one searched source is out of scope: an error.
        let contactsOnly = try await search(other, id: 3, ["query": "grace", "include_other_contacts": false])
        #expect(contactsOnly.text.hasPrefix("insufficient_scope: "), "\(contactsOnly.text)")
        #expect(contactsOnly.text.contains(Self.contactsScope) && !contactsOnly.text.contains(Self.otherScope))
        #expect(await onlyOthers.finish(other) == 0)
    }

    @Test func everySourceOutOfScopeFailsNamingEveryScope() async throws {
        let gmailOnly = try Fixture(scopes: ["https://www.googleapis.com/auth/gmail.readonly"], seeded: true)
        let (server, _) = try await gmailOnly.session()
        let result = try await search(server, id: 2, ["query": "ann"])
        #expect(result.text.hasPrefix("insufficient_scope: "), "\(result.text)")
        #expect(result.text.contains(Self.contactsScope) && result.text.contains(Self.otherScope))
        let list = try await server.callTool(id: 3, name: "gmail_list_contacts")
        #expect(list.text.hasPrefix("insufficient_scope: "), "\(list.text)")
        #expect(list.text.contains(Self.contactsScope))
        #expect(await gmailOnly.finish(server) == 0)
    }

    // MARK: gmail_list_contacts

    private func walk(
        _ server: ServerProcess, firstID: Int, pageSize: Int, sortOrder: String?
    ) async throws -> (names: [String], pages: Int, total: Int?) {
        var names: [String] = []
        var token: String?
        var pages = 0
        var total: Int?
        repeat {
            var arguments: [String: Any] = ["page_size": pageSize]
            if let sortOrder { arguments["sort_order"] = sortOrder }
            if let token { arguments["page_token"] = token }
            let result = try await server.callTool(
                id: firstID + pages, name: "gmail_list_contacts", arguments: arguments)
            #expect(!result.isError, "\(result.text)")
            names += people(result).compactMap { $0["resource_name"] as? String }
            #expect(people(result).allSatisfy { $0["source"] as? String == "contacts" })
            total = result.structured?["total_people"] as? Int
            token = result.structured?["next_page_token"] as? String
            pages += 1
        } while token != nil && pages < 20
        return (names, pages, total)
    }

    @Test func contactsPageWithoutGapsInEverySortOrder() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, tools) = try await fixture.session()
        let all = Set(SandboxSeed.seededContacts.map(\.resourceName))
        var orders: [String: [String]] = [:]
        for (index, order) in ListContactsOrders.all.enumerated() {
            let walked = try await walk(server, firstID: 100 * (index + 1), pageSize: 4, sortOrder: order)
            #expect(walked.names.count == all.count, "\(order)")
            #expect(Set(walked.names) == all, "\(order)")
            #expect(walked.pages == (all.count + 3) / 4, "\(order)")
            #expect(walked.total == all.count)
            let whole = try await walk(server, firstID: 100 * (index + 1) + 50, pageSize: 1000, sortOrder: order)
            #expect(whole.names == walked.names, "\(order): paging changed the order")
            orders[order] = walked.names
        }
        #expect(orders["LAST_MODIFIED_DESCENDING"] == orders["LAST_MODIFIED_ASCENDING"]?.reversed())
        #expect(orders["FIRST_NAME_ASCENDING"] != orders["LAST_NAME_ASCENDING"])
        let first = try await server.callTool(
            id: 900, name: "gmail_list_contacts", arguments: ["page_size": 3, "sort_order": "FIRST_NAME_ASCENDING"])
        #expect(first.schemaViolations(tools["gmail_list_contacts"]) == [])
        #expect(people(first).first?["names"] as? [String] == ["Alice Example"], "\(first.text)")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func contactListArgumentsAreChecked() async throws {
        let fixture = try Fixture(seeded: true)
        let (server, _) = try await fixture.session()
        let cases: [[String: Any]] = [
            ["page_size": 0], ["page_size": 1001], ["sort_order": "NEWEST"], ["person_fields": "nope"],
            ["page_token": 5],
        ]
        for (index, arguments) in cases.enumerated() {
            let result = try await server.callTool(id: 10 + index, name: "gmail_list_contacts", arguments: arguments)
            #expect(result.text.hasPrefix("invalid_argument: "), "\(arguments): \(result.text)")
        }
        #expect(fixture.fake.httpRequests == 0)
        #expect(await fixture.finish(server) == 0)
    }
}

enum ListContactsOrders {
    static let all = [
        "LAST_MODIFIED_ASCENDING", "LAST_MODIFIED_DESCENDING", "FIRST_NAME_ASCENDING", "LAST_NAME_ASCENDING",
    ]
}
