import Foundation
import GoogleSandbox
import Testing

@Suite("People searchContacts")
struct SearchContactsTests {
    /// Runs each query against one seeded fake and compares the matches with catalogue keys,
    /// in the fake's order (shown name, folded).
    private func expectMatches(
        _ cases: [(query: String, keys: [String])], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        for (query, keys) in cases {
            let found = PeopleJSON.resourceNames(try await client.searchContacts(query))
            #expect(found == keys.map(SandboxSeed.resourceName), "query=\(query)", sourceLocation: sourceLocation)
        }
    }

    @Test func prefixesOfNamesAddressesPhonesAndOrganizations() async throws {
        try await expectMatches([
            ("ann", ["ann-andersen", "ann-smith"]),
            ("An", ["ann-andersen", "ann-smith", "dana-whitaker"]),  // Dana is an Analyst
            ("smi", ["ann-smith"]),
            ("nn", []),  // not a prefix of any word
            ("ann@example.com", ["ann-smith"]),  // the whole address
            ("ann.smith@gm", ["ann-smith"]),
            ("alice.home", ["alice-example"]),  // a local part
            ("example.net", []),  // the domain alone is no word
            ("acme", ["ann-smith"]),  // organization name
            ("cto", ["ann-smith"]),  // and title
            ("555", ["ann-smith", "carol-jones"]),  // a digit group of a phone number
            ("+1555", ["ann-smith"]),  // all digits, with the plus
            ("44207946", ["bob-builder"]),
            ("billing", ["billing-nameless"]),  // no name, found by address
            ("zzz", []),
        ])
    }

    @Test func severalWordsMatchInAnyOrderAndAnyField() async throws {
        try await expectMatches([
            ("ann smith", ["ann-smith"]),
            ("smith ann", ["ann-smith"]),
            ("ann acme", ["ann-smith"]),
            ("ann a", ["ann-andersen", "ann-smith"]),  // "a" prefixes Andersen and Acme
            ("ann builder", []),
            ("  dana   whit ", ["dana-whitaker"]),
        ])
    }

    @Test func nonASCIINamesMatchCaseInsensitivelyButNotAcrossDiacritics() async throws {
        try await expectMatches([
            ("Zoë", ["zoe-angstrom"]),
            ("zo", ["zoe-angstrom"]),
            ("ÅNGSTR", ["zoe-angstrom"]),
            ("angstrom", []),  // diacritics are kept…
            ("zoe", ["zoe-angstrom"]),  // …but her address is ASCII
            ("山田", ["yamada-taro"]),
            ("太", ["yamada-taro"]),
            ("部長", ["yamada-taro"]),
            ("σωκ", ["sokratis-papadopoulos"]),
            ("ΠΑΠΑΔΌΠΟΥΛΟΣ", ["sokratis-papadopoulos"]),
            ("محمد", ["mohammed-ali"]),
            ("علي", ["mohammed-ali"]),
            ("jürgen müller", ["juergen-mueller"]),
            ("müller gmbh", ["juergen-mueller"]),
        ])
    }

    @Test func maskedFieldsOnlyWithGoogleShapes() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let namesOnly = try #require(try await client.searchContacts("ann smith", readMask: "names").first)
        #expect(Set(namesOnly.keys) == ["resourceName", "etag", "names"])
        #expect((namesOnly["etag"] as? String)?.hasPrefix("%") == true)

        let full = try #require(
            try await client.searchContacts(
                "ann smith", readMask: "names,emailAddresses,organizations,phoneNumbers,metadata"
            ).first)
        #expect(
            Set(full.keys) == [
                "resourceName", "etag", "metadata", "names", "emailAddresses", "organizations", "phoneNumbers",
            ])
        let resourceName = SandboxSeed.resourceName("ann-smith")
        #expect(full["resourceName"] as? String == resourceName)
        let number = try #require(UInt64(resourceName.dropFirst("people/c".count)))
        let name = try #require((full["names"] as? [[String: Any]])?.first)
        #expect(name["displayName"] as? String == "Ann Smith")
        #expect(name["givenName"] as? String == "Ann")
        #expect(name["familyName"] as? String == "Smith")
        #expect(name["displayNameLastFirst"] as? String == "Smith, Ann")
        let fieldMetadata = try #require(name["metadata"] as? [String: Any])
        #expect(fieldMetadata["primary"] as? Bool == true)
        let source = try #require(fieldMetadata["source"] as? [String: String])
        // The source id is the resourceName's number in hex, as on real accounts.
        #expect(source == ["type": "CONTACT", "id": String(number, radix: 16)])

        let emails = try #require(full["emailAddresses"] as? [[String: Any]])
        #expect(emails.map { $0["value"] as? String } == ["ann@example.com", "ann.smith@gmail.example"])
        #expect(emails.map { $0["type"] as? String } == ["work", "home"])
        #expect(emails.map { $0["formattedType"] as? String } == ["Work", "Home"])
        #expect((emails[0]["metadata"] as? [String: Any])?["primary"] as? Bool == true)
        #expect((emails[1]["metadata"] as? [String: Any])?["primary"] == nil)

        let organization = try #require((full["organizations"] as? [[String: Any]])?.first)
        #expect(organization["name"] as? String == "Acme")
        #expect(organization["title"] as? String == "CTO")
        #expect(organization["current"] as? Bool == true)
        let phone = try #require((full["phoneNumbers"] as? [[String: Any]])?.first)
        #expect(phone["value"] as? String == "+1 555-0100")
        #expect(phone["canonicalForm"] as? String == "+15550100")
        #expect(phone["type"] as? String == "mobile")

        let metadata = try #require(full["metadata"] as? [String: Any])
        #expect(metadata["objectType"] as? String == "PERSON")
        let personSource = try #require((metadata["sources"] as? [[String: Any]])?.first)
        #expect(personSource["type"] as? String == "CONTACT")
        #expect(personSource["updateTime"] as? String == "2024-01-10T09:00:00Z")
        #expect((personSource["etag"] as? String)?.hasPrefix("#") == true)

        // A masked field the person lacks is left out, never null or [].
        let nameless = try #require(try await client.searchContacts("billing", readMask: "names,emailAddresses").first)
        #expect(Set(nameless.keys) == ["resourceName", "etag", "emailAddresses"])
        // A valid path the fake has no data for is accepted and finds nothing.
        let photos = try #require(try await client.searchContacts("ann smith", readMask: "photos,birthdays").first)
        #expect(Set(photos.keys) == ["resourceName", "etag"])
        // Fractional seconds appear only when there are any; custom types are shown as given.
        let francois = try #require(
            try await client.searchContacts("françois", readMask: "metadata,emailAddresses").first)
        let francoisSource = (francois["metadata"] as? [String: Any])?["sources"] as? [[String: Any]]
        #expect(francoisSource?.first?["updateTime"] as? String == "2024-06-01T06:00:00.250Z")
        #expect((francois["emailAddresses"] as? [[String: Any]])?.first?["formattedType"] as? String == "Bureau")
    }

    @Test func noMatchIsAnEmptyObject() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let response = try await client.get("/v1/people:searchContacts?query=nobody&readMask=names")
        #expect(response.status == 200)
        #expect(response.text == "{}\n")
        #expect(response.header("Content-Type") == "application/json; charset=UTF-8")
    }

    @Test func warmUpIsAnsweredEmptyAndCounted() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        #expect(fake.contactWarmUps == 0)
        let warmUp = try await client.get("/v1/people:searchContacts?query=&readMask=names")
        #expect(warmUp.status == 200)
        #expect(warmUp.text == "{}\n")
        #expect(try await client.get("/v1/people:searchContacts?query=%20&readMask=names").text == "{}\n")
        #expect(fake.contactWarmUps == 2)
        #expect(fake.otherContactWarmUps == 0)
        // A warm-up with a bad mask is refused like any request, and not counted.
        #expect(try await client.get("/v1/people:searchContacts?query=&readMask=bogus").status == 400)
        #expect(fake.contactWarmUps == 2)
        #expect(fake.requests("GET /v1/people:searchContacts") == 3)
    }

    @Test func pageSizeDefaultsToTenAndIsCappedAtThirty() async throws {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        for index in 0..<40 {
            fake.addContact(FakePerson(givenName: "Sam", familyName: String(format: "Many%02d", index)))
        }
        let client = try await GmailTestClient.connect(to: fake, scopes: [PeopleScope.contactsReadonly])
        #expect(try await client.searchContacts("sam").count == 10)
        #expect(try await client.searchContacts("sam", extra: "&pageSize=0").count == 10)
        #expect(try await client.searchContacts("sam", extra: "&pageSize=3").count == 3)
        #expect(try await client.searchContacts("sam", extra: "&pageSize=30").count == 30)
        let capped = try await client.searchContacts("sam", extra: "&pageSize=1000")
        #expect(capped.count == 30)
        // Shown-name order: Sam Many00 … Sam Many29.
        #expect(capped.flatMap(PeopleJSON.displayNames) == (0..<30).map { String(format: "Sam Many%02d", $0) })

        let negative = try await client.get("/v1/people:searchContacts?query=sam&readMask=names&pageSize=-1")
        #expect(negative.status == 400)
        #expect(try GmailJSON.error(negative)["status"] as? String == "INVALID_ARGUMENT")
        let notANumber = try await client.get("/v1/people:searchContacts?query=sam&readMask=names&pageSize=ten")
        #expect(notANumber.status == 400)
        #expect(
            try GmailJSON.error(notANumber)["message"] as? String
                == "Invalid value at 'page_size' (TYPE_INT32), \"ten\"")
    }

    @Test func missingQueryOrMaskAndUnknownPathsAreRefused() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let noQuery = try await client.get("/v1/people:searchContacts?readMask=names")
        #expect(noQuery.status == 400)
        #expect((try GmailJSON.error(noQuery)["message"] as? String)?.contains("query") == true)

        for target in ["/v1/people:searchContacts?query=ann", "/v1/people:searchContacts?query=ann&readMask="] {
            let noMask = try await client.get(target)
            #expect(noMask.status == 400)
            let error = try GmailJSON.error(noMask)
            #expect(error["code"] as? Int == 400)
            #expect(error["status"] as? String == "INVALID_ARGUMENT")
            #expect(
                error["message"] as? String
                    == "readMask mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/searchContacts."
            )
        }
        let unknown = try await client.get("/v1/people:searchContacts?query=ann&readMask=names,nickname")
        #expect(unknown.status == 400)
        #expect((try GmailJSON.error(unknown)["message"] as? String)?.contains("\"nickname\"") == true)
        #expect(try GmailJSON.firstErrorItem(unknown)["reason"] as? String == "badRequest")

        let badSource = try await client.get(
            "/v1/people:searchContacts?query=ann&readMask=names&sources=READ_SOURCE_TYPE_EVERYTHING")
        #expect(badSource.status == 400)
        #expect(
            try GmailJSON.error(badSource)["message"] as? String
                == "Invalid value at 'sources' (type.googleapis.com/google.people.v1.ReadSourceType), \"READ_SOURCE_TYPE_EVERYTHING\""
        )
    }

    @Test func otherContactSourceAddsOtherContactsWithTheirScope() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let both = try await client.searchContacts(
            "ann", extra: "&sources=READ_SOURCE_TYPE_CONTACT&sources=READ_SOURCE_TYPE_OTHER_CONTACT")
        #expect(
            PeopleJSON.resourceNames(both) == ["ann-andersen", "other-ann", "ann-smith"].map(SandboxSeed.resourceName))
        let contactsOnly = try await GmailTestClient.connect(to: fake, scopes: [PeopleScope.contactsReadonly])
        let refused = try await contactsOnly.get(
            "/v1/people:searchContacts?query=ann&readMask=names&sources=READ_SOURCE_TYPE_OTHER_CONTACT")
        #expect(refused.status == 403)
        #expect(refused.header("WWW-Authenticate")?.contains("contacts.other.readonly") == true)
    }

    @Test func addedAndRemovedContactsAreSearchedAtOnce() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let added = fake.addContact(
            FakePerson(
                givenName: "Quinn", familyName: "Example", emails: [.init("quinn@example.com", type: "work")],
                organizations: [.init(name: "Quasar Labs", title: "Engineer")], phones: [.init("+49 30 1234567")]))
        #expect(added.hasPrefix("people/c") && added.count == "people/c".count + 19)
        #expect(added.dropFirst("people/c".count).allSatisfy { $0.isNumber })
        #expect(fake.contactResourceNames().last == added)
        #expect(PeopleJSON.resourceNames(try await client.searchContacts("quasar")) == [added])
        fake.removeAllContacts()
        #expect(try await client.searchContacts("ann").isEmpty)
        #expect(try await client.searchOtherContacts("ann").isEmpty)
        #expect(fake.contactResourceNames().isEmpty && fake.otherContactResourceNames().isEmpty)
    }
}
