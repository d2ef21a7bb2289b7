import Foundation
import GoogleSandbox
import Testing

/// The public catalogue of seeded people against what the People routes serve.
@Suite("Seeded contacts catalogue")
struct SeededContactsTests {
    private let everyField = "names,emailAddresses,organizations,phoneNumbers,metadata"

    @Test func catalogueIsLargeStableUniqueAndCoversTheAwkwardCases() throws {
        let contacts = SandboxSeed.seededContacts
        let others = SandboxSeed.seededOtherContacts
        #expect(contacts.count >= 12)
        #expect(others.count >= 8)
        let all = contacts + others
        #expect(Set(all.map(\.key)).count == all.count)
        #expect(Set(all.map(\.resourceName)).count == all.count)
        for person in contacts {
            #expect(person.resourceName.wholeMatch(of: /people\/c[1-9][0-9]{18}/) != nil, "\(person.key)")
        }
        for person in others {
            #expect(person.resourceName.wholeMatch(of: /otherContacts\/c[1-9][0-9]{18}/) != nil, "\(person.key)")
        }
        let names = contacts.compactMap(\.person.resolvedDisplayName)
        for name in ["Zoë Ångström", "山田 太郎", "Σωκράτης Παπαδόπουλος", "محمد علي"] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(contacts.contains { $0.person.emails.count >= 3 })
        #expect(contacts.contains { !$0.person.hasAnyName && !$0.person.emails.isEmpty })
        #expect(contacts.contains { !$0.person.organizations.isEmpty && !$0.person.phones.isEmpty })
        // One address is both a contact's and an other contact's, in different case.
        let contactAddresses = Set(contacts.flatMap(\.person.emails).map(\.value))
        let shared = others.flatMap(\.person.emails).map(\.value).filter { address in
            !contactAddresses.contains(address) && contactAddresses.contains { $0.lowercased() == address.lowercased() }
        }
        #expect(shared == ["Alice@Example.com"])
        // Derived from the key alone, so they never change between runs.
        let fake = try FakeGoogle()
        #expect(fake.contactResourceNames() == contacts.map(\.resourceName))
        #expect(fake.otherContactResourceNames() == others.map(\.resourceName))
        #expect(try FakeGoogle().contactResourceNames() == fake.contactResourceNames())
    }

    @Test func everySeededPersonIsServedWithTheCatalogueValues() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let listed = try await client.json("/v1/people/me/connections?personFields=\(everyField)")
        let served = Dictionary(
            uniqueKeysWithValues: (listed["connections"] as? [[String: Any]] ?? []).map {
                ($0["resourceName"] as! String, $0)
            })
        #expect(served.count == SandboxSeed.seededContacts.count)
        for seeded in SandboxSeed.seededContacts {
            let person = try #require(served[seeded.resourceName], "\(seeded.key)")
            expect(person, matches: seeded)
        }
        // Other contacts are found by their first address.
        for seeded in SandboxSeed.seededOtherContacts {
            let address = try #require(seeded.person.emails.first?.value)
            let found = try await client.searchOtherContacts(
                address, readMask: "names,emailAddresses,phoneNumbers,metadata")
            let person = try #require(
                found.first { $0["resourceName"] as? String == seeded.resourceName }, "\(seeded.key)")
            expect(person, matches: seeded)
        }
    }

    private func expect(_ served: [String: Any], matches seeded: SeededPerson) {
        let person = seeded.person
        let names = served["names"] as? [[String: Any]] ?? []
        #expect(
            names.map { $0["displayName"] as? String } == (person.resolvedDisplayName.map { [$0] } ?? []),
            "\(seeded.key)")
        #expect(names.first?["givenName"] as? String == person.givenName, "\(seeded.key)")
        #expect(names.first?["familyName"] as? String == person.familyName, "\(seeded.key)")
        #expect(PeopleJSON.emails(served) == person.emails.map(\.value), "\(seeded.key)")
        let types = (served["emailAddresses"] as? [[String: Any]] ?? []).map { $0["type"] as? String }
        #expect(types == person.emails.map(\.type), "\(seeded.key)")
        let phones = (served["phoneNumbers"] as? [[String: Any]] ?? []).map { $0["value"] as? String }
        #expect(phones == person.phones.map(\.value), "\(seeded.key)")
        let organizations = (served["organizations"] as? [[String: Any]] ?? []).map {
            FakePerson.Organization(
                name: $0["name"] as? String, title: $0["title"] as? String, current: $0["current"] as? Bool ?? false)
        }
        #expect(organizations == person.organizations, "\(seeded.key)")
        let source = ((served["metadata"] as? [String: Any])?["sources"] as? [[String: Any]])?.first
        let updateTime = timestamp(source?["updateTime"] as? String ?? "")
        #expect(updateTime.map { abs($0.timeIntervalSince(person.updated)) < 0.001 } == true, "\(seeded.key)")
    }
}

/// RFC 3339 with or without fractional seconds.
private func timestamp(_ text: String) -> Date? {
    if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
    return try? Date(text, strategy: .iso8601)
}

extension FakePerson {
    fileprivate var hasAnyName: Bool { givenName != nil || familyName != nil || displayName != nil }
}
