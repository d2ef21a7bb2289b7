import Foundation
import GoogleSandbox
import Testing

@Suite("People otherContacts.search")
struct OtherContactsSearchTests {
    @Test func searchesNamesAddressesAndPhonesOfOtherContactsOnly() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let cases: [(String, [String])] = [
            ("ann", ["other-ann"]),  // not the saved Ann Smith or Ann Andersen
            ("grace hop", ["other-grace-hopper"]),
            ("team@", ["other-team"]),
            ("noreply", ["other-noreply"]),
            ("田中", ["other-tanaka"]),
            ("bergström", ["other-ingrid"]),
            ("555", ["other-jamal"]),
            ("alice@example.com", ["other-alice"]),  // stored as Alice@Example.com
            ("acme", []),
        ]
        for (query, keys) in cases {
            let found = PeopleJSON.resourceNames(try await client.searchOtherContacts(query))
            #expect(found == keys.map(SandboxSeed.resourceName), "query=\(query)")
        }
    }

    @Test func personsAreOtherContactsWithTheirSourceAndCaseKept() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let alice = try #require(
            try await client.searchOtherContacts("alice", readMask: "names,emailAddresses,metadata,phoneNumbers").first)
        let resourceName = SandboxSeed.resourceName("other-alice")
        #expect(resourceName.hasPrefix("otherContacts/c") && resourceName.count == "otherContacts/c".count + 19)
        #expect(alice["resourceName"] as? String == resourceName)
        #expect(PeopleJSON.emails(alice) == ["Alice@Example.com"])
        // No type was recorded: neither type nor formattedType appears.
        let email = try #require((alice["emailAddresses"] as? [[String: Any]])?.first)
        #expect(Set(email.keys) == ["metadata", "value"])
        let source = (email["metadata"] as? [String: Any])?["source"] as? [String: String]
        #expect(source?["type"] == "OTHER_CONTACT")
        let personSource = ((alice["metadata"] as? [String: Any])?["sources"] as? [[String: Any]])?.first
        #expect(personSource?["type"] as? String == "OTHER_CONTACT")
        // Jamal's phone was typed without a type.
        let jamal = try #require(try await client.searchOtherContacts("jamal", readMask: "phoneNumbers").first)
        let phone = try #require((jamal["phoneNumbers"] as? [[String: Any]])?.first)
        #expect(phone["value"] as? String == "+1 555-0142")
        #expect(phone["canonicalForm"] as? String == "+15550142")
        #expect(phone["type"] == nil)
    }

    @Test func readMaskIsLimitedToFourFields() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        for mask in [
            "names", "emailAddresses", "metadata", "phoneNumbers", "names,emailAddresses,metadata,phoneNumbers",
        ] {
            #expect(try await client.get("/v1/otherContacts:search?query=a&readMask=\(mask)").status == 200, "\(mask)")
        }
        for field in ["organizations", "photos", "birthdays"] {
            let response = try await client.get("/v1/otherContacts:search?query=a&readMask=names,\(field)")
            #expect(response.status == 400, "\(field)")
            let error = try GmailJSON.error(response)
            #expect(error["status"] as? String == "INVALID_ARGUMENT")
            #expect((error["message"] as? String)?.contains("\"\(field)\"") == true, "\(field)")
        }
        let missing = try await client.get("/v1/otherContacts:search?query=a")
        #expect(missing.status == 400)
        #expect(
            try GmailJSON.error(missing)["message"] as? String
                == "readMask mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/otherContacts/search."
        )
        #expect(try await client.get("/v1/otherContacts:search?readMask=names").status == 400)
    }

    @Test func warmUpAndPageSize() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        #expect(try await client.get("/v1/otherContacts:search?query=&readMask=names").text == "{}\n")
        #expect(fake.otherContactWarmUps == 1)
        #expect(fake.contactWarmUps == 0)
        for index in 0..<35 { fake.addOtherContact(FakePerson(emails: [.init("bulk\(index)@example.com")])) }
        #expect(try await client.searchOtherContacts("bulk").count == 10)
        #expect(
            PeopleJSON.resourceNames(try await client.searchOtherContacts("bulk")).allSatisfy {
                $0.hasPrefix("otherContacts/c")
            })
        let capped = try await client.json("/v1/otherContacts:search?query=bulk&readMask=emailAddresses&pageSize=31")
        #expect(PeopleJSON.results(capped).count == 30)
        #expect(try await client.get("/v1/otherContacts:search?query=bulk&readMask=names&pageSize=-5").status == 400)
        #expect(fake.requests("GET /v1/otherContacts:search") == 5)
    }

    @Test func needsTheOtherContactsScopeOnly() async throws {
        let fake = try FakeGoogle()
        for scopes in [[PeopleScope.contacts], [PeopleScope.contactsReadonly], [GmailScope.full]] {
            let client = try await GmailTestClient.connect(to: fake, scopes: scopes)
            let response = try await client.get("/v1/otherContacts:search?query=ann&readMask=names")
            #expect(response.status == 403, "\(scopes)")
            #expect(
                response.header("WWW-Authenticate")
                    == "Bearer realm=\"https://accounts.google.com/\", error=\"insufficient_scope\", scope=\"https://www.googleapis.com/auth/contacts.other.readonly\""
            )
        }
        let allowed = try await GmailTestClient.connect(to: fake, scopes: [PeopleScope.otherContactsReadonly])
        #expect(try await allowed.get("/v1/otherContacts:search?query=ann&readMask=names").status == 200)
        // …and that scope does not open the saved contacts.
        #expect(try await allowed.get("/v1/people:searchContacts?query=ann&readMask=names").status == 403)
    }
}
