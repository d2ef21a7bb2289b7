import Foundation
import GoogleSandbox
import Testing

@Suite("People connections.list")
struct ConnectionsListTests {
    private let base = "/v1/people/me/connections?personFields=names,emailAddresses"

    /// Every resourceName of a listing, page by page; fails on a repeated token or more pages
    /// than expected.
    private func pages(_ client: GmailTestClient, _ query: String) async throws -> (names: [String], sizes: [Int]) {
        var names: [String] = []
        var sizes: [Int] = []
        var tokens: Set<String> = []
        var token: String?
        repeat {
            let json = try await client.json(base + query + (token.map { "&pageToken=\($0)" } ?? ""))
            let connections = json["connections"] as? [[String: Any]] ?? []
            names += PeopleJSON.resourceNames(connections)
            sizes.append(connections.count)
            #expect(json["totalItems"] as? Int == SandboxSeed.seededContacts.count)
            #expect(json["totalPeople"] as? Int == SandboxSeed.seededContacts.count)
            token = json["nextPageToken"] as? String
            if let token { #expect(tokens.insert(token).inserted) }
        } while token != nil && sizes.count < 20
        return (names, sizes)
    }

    /// The two Anns share a first name; ties go by resourceName.
    private var anns: [String] {
        ["ann-andersen", "ann-smith"].sorted { SandboxSeed.resourceName($0) < SandboxSeed.resourceName($1) }
    }

    private var lastModified: [String] {
        [
            "evan-lee", "ann-andersen", "billing-nameless", "cher", "zoe-angstrom", "bob-builder",
            "sokratis-papadopoulos", "juergen-mueller", "ann-smith", "yamada-taro", "carol-jones", "mohammed-ali",
            "dana-whitaker", "alice-example", "francois-dupont",
        ]
    }

    @Test func everySortOrderPagesWithoutGapsOrDuplicates() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake, scopes: [PeopleScope.contactsReadonly])
        let firstName =
            ["alice-example"] + anns + [
                "bob-builder", "carol-jones", "cher", "dana-whitaker", "evan-lee", "francois-dupont", "juergen-mueller",
                "zoe-angstrom", "sokratis-papadopoulos", "mohammed-ali", "yamada-taro", "billing-nameless",
            ]
        let lastName = [
            "ann-andersen", "zoe-angstrom", "bob-builder", "cher", "francois-dupont", "alice-example", "carol-jones",
            "evan-lee", "juergen-mueller", "ann-smith", "dana-whitaker", "sokratis-papadopoulos", "mohammed-ali",
            "yamada-taro", "billing-nameless",
        ]
        let cases: [(String, [String])] = [
            ("", lastModified),
            ("&sortOrder=LAST_MODIFIED_ASCENDING", lastModified),
            ("&sortOrder=LAST_MODIFIED_DESCENDING", lastModified.reversed()),
            ("&sortOrder=FIRST_NAME_ASCENDING", firstName),
            ("&sortOrder=LAST_NAME_ASCENDING", lastName),
        ]
        for (sortOrder, keys) in cases {
            let listed = try await pages(client, "&pageSize=4" + sortOrder)
            #expect(listed.sizes == [4, 4, 4, 3], "\(sortOrder)")
            #expect(listed.names == keys.map(SandboxSeed.resourceName), "\(sortOrder)")
        }
        let whole = try await pages(client, "")
        #expect(whole.sizes == [15])
        #expect(Set(whole.names) == Set(SandboxSeed.seededContacts.map(\.resourceName)))
    }

    @Test func contactsAddedBetweenPagesCauseNoDuplicates() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let first = try await client.json(base + "&pageSize=5")
        let token = try #require(first["nextPageToken"] as? String)
        #expect(!token.isEmpty && !token.contains("=") && !token.contains("/") && !token.contains("+"))
        let added = fake.addContact(FakePerson(givenName: "Newest", updated: .now))
        let old = fake.addContact(
            FakePerson(givenName: "Ancient", updated: Date(timeIntervalSince1970: 0)))
        var seen = PeopleJSON.resourceNames(first["connections"] as? [[String: Any]] ?? [])
        var next: String? = token
        while let current = next {
            let page = try await client.json(base + "&pageSize=5&pageToken=" + current)
            seen += PeopleJSON.resourceNames(page["connections"] as? [[String: Any]] ?? [])
            next = page["nextPageToken"] as? String
        }
        // The newest joins at the end; the one dated before the first page was shown is skipped.
        #expect(seen == lastModified.map(SandboxSeed.resourceName) + [added])
        #expect(!seen.contains(old))
    }

    @Test func pageTokensMustMatchTheirParameters() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let first = try await client.json(base + "&pageSize=3&sortOrder=FIRST_NAME_ASCENDING")
        let token = try #require(first["nextPageToken"] as? String)
        #expect(
            try await client.get(base + "&pageSize=3&sortOrder=FIRST_NAME_ASCENDING&pageToken=\(token)").status == 200)
        for changed in [
            base + "&pageSize=4&sortOrder=FIRST_NAME_ASCENDING", base + "&pageSize=3",
            "/v1/people/me/connections?personFields=names&pageSize=3&sortOrder=FIRST_NAME_ASCENDING",
        ] {
            let response = try await client.get(changed + "&pageToken=\(token)")
            #expect(response.status == 400, "\(changed)")
            #expect(try GmailJSON.error(response)["status"] as? String == "INVALID_ARGUMENT")
        }
        // The same fields in another order are the same request.
        let reordered =
            "/v1/people/me/connections?personFields=emailAddresses,names&pageSize=3&sortOrder=FIRST_NAME_ASCENDING"
        #expect(try await client.get(reordered + "&pageToken=\(token)").status == 200)
        for garbage in ["bm9wZQ", "!!!", "09515814369458128441"] {
            #expect(try await client.get(base + "&pageToken=\(garbage)").status == 400, "\(garbage)")
        }
    }

    @Test func parametersAreChecked() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let noFields = try await client.get("/v1/people/me/connections")
        #expect(noFields.status == 400)
        #expect(
            try GmailJSON.error(noFields)["message"] as? String
                == "personFields mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people.connections/list."
        )
        let badField = try await client.get("/v1/people/me/connections?personFields=names,emails")
        #expect(badField.status == 400)
        #expect((try GmailJSON.error(badField)["message"] as? String)?.contains("\"emails\"") == true)

        #expect((try await client.json(base + "&pageSize=0")["connections"] as? [Any])?.count == 15)
        #expect(try await client.get(base + "&pageSize=1000").status == 200)
        for size in ["1001", "-1", "many"] {
            let response = try await client.get(base + "&pageSize=\(size)")
            #expect(response.status == 400, "\(size)")
            #expect(try GmailJSON.error(response)["status"] as? String == "INVALID_ARGUMENT")
        }
        let badOrder = try await client.get(base + "&sortOrder=NEWEST_FIRST")
        #expect(badOrder.status == 400)
        #expect(
            try GmailJSON.error(badOrder)["message"] as? String
                == "Invalid value at 'sort_order' (type.googleapis.com/google.people.v1.ListConnectionsRequest.SortOrder), \"NEWEST_FIRST\""
        )
        #expect(try await client.get(base + "&sources=READ_SOURCE_TYPE_CONTACT").status == 200)
        #expect(try await client.get(base + "&sources=READ_SOURCE_TYPE_OTHER_CONTACT").status == 400)

        for resource in ["c1234567890123456789", "someone", "people%2Fme"] {
            let response = try await client.get("/v1/people/\(resource)/connections?personFields=names")
            #expect(response.status == 400, "\(resource)")
            #expect(try GmailJSON.error(response)["status"] as? String == "INVALID_ARGUMENT")
        }
    }

    @Test func masksApplyAndEmptyAccountsHaveOnlyTotals() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let json = try await client.json("/v1/people/me/connections?personFields=emailAddresses&pageSize=2")
        #expect(Set(json.keys) == ["connections", "nextPageToken", "totalItems", "totalPeople"])
        let first = try #require((json["connections"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["resourceName", "etag", "emailAddresses"])
        #expect(PeopleJSON.emails(first) == ["evan@example.com", "evan.lee@home.example"])

        let empty = try FakeGoogle(seedSandboxAccount: false)
        let emptyClient = try await GmailTestClient.connect(to: empty, scopes: [PeopleScope.contacts])
        let response = try await emptyClient.get("/v1/people/me/connections?personFields=names")
        #expect(response.status == 200)
        #expect(response.text == "{\n  \"totalItems\": 0,\n  \"totalPeople\": 0\n}\n")
    }
}
