import Foundation

/// The seeded account's people. Update times are fixed instants (not relative to now) so that
/// `updateTime` and the LAST_MODIFIED orders are the same on every run; all differ.
enum SeedContacts {
    struct Entry {
        let key: String
        let person: FakePerson
    }

    private typealias Email = FakePerson.Email
    private typealias Phone = FakePerson.Phone
    private typealias Organization = FakePerson.Organization

    private static func at(_ text: String) -> Date {
        // The literals below are valid; a typo fails every seeded fake at once.
        try! Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: text.contains(".")))
    }

    static let contacts: [Entry] = [
        Entry(
            key: "ann-smith",
            person: FakePerson(
                givenName: "Ann", familyName: "Smith",
                emails: [Email("ann@example.com", type: "work"), Email("ann.smith@gmail.example", type: "home")],
                organizations: [Organization(name: "Acme", title: "CTO")],
                phones: [Phone("+1 555-0100", type: "mobile")], updated: at("2024-01-10T09:00:00Z"))),
        Entry(
            key: "zoe-angstrom",
            person: FakePerson(
                givenName: "Zoë", familyName: "Ångström", emails: [Email("zoe.angstrom@example.se", type: "work")],
                organizations: [Organization(name: "Nordlys AB", title: "Designer")],
                updated: at("2023-06-05T12:30:00Z"))),
        Entry(
            key: "yamada-taro",
            person: FakePerson(
                givenName: "太郎", familyName: "山田", displayName: "山田 太郎",
                emails: [Email("taro.yamada@example.jp", type: "work")],
                organizations: [Organization(name: "株式会社サンプル", title: "部長")],
                phones: [Phone("+81 3-1234-5678", type: "work")], updated: at("2024-02-20T01:15:00Z"))),
        Entry(
            key: "sokratis-papadopoulos",
            person: FakePerson(
                givenName: "Σωκράτης", familyName: "Παπαδόπουλος", emails: [Email("sokratis@example.gr", type: "home")],
                updated: at("2023-11-11T11:11:11Z"))),
        Entry(
            key: "mohammed-ali",
            person: FakePerson(
                givenName: "محمد", familyName: "علي", emails: [Email("m.ali@example.eg", type: "work")],
                phones: [Phone("+20 2 2345 6789", type: "mobile")], updated: at("2024-04-01T08:00:00Z"))),
        Entry(
            key: "alice-example",
            person: FakePerson(
                givenName: "Alice", familyName: "Example",
                emails: [
                    Email("alice@example.com", type: "work"), Email("alice.home@example.net", type: "home"),
                    Email("alice@lists.example.org", type: "other"),
                ],
                updated: at("2024-05-01T17:45:00Z"))),
        Entry(
            key: "billing-nameless",
            person: FakePerson(
                emails: [Email("billing@vendor.example", type: "work")], updated: at("2023-03-03T03:03:03Z"))),
        Entry(
            key: "bob-builder",
            person: FakePerson(
                givenName: "Bob", familyName: "Builder", emails: [Email("bob@example.org", type: "work")],
                organizations: [Organization(name: "Builder & Co", title: "Foreman")],
                phones: [Phone("+44 20 7946 0000", type: "work")], updated: at("2023-09-09T09:09:09Z"))),
        Entry(
            key: "carol-jones",
            person: FakePerson(
                givenName: "Carol", familyName: "Jones", emails: [Email("carol@example.com", type: "home")],
                phones: [Phone("555-0199", type: "mobile")], updated: at("2024-03-15T14:00:00Z"))),
        Entry(
            key: "juergen-mueller",
            person: FakePerson(
                givenName: "Jürgen", familyName: "Müller", emails: [Email("juergen@example.de", type: "work")],
                organizations: [Organization(name: "Müller GmbH", title: nil)], updated: at("2023-12-24T18:00:00Z"))),
        Entry(
            key: "dana-whitaker",
            person: FakePerson(
                givenName: "Dana", familyName: "Whitaker", emails: [Email("dana@example.com", type: "work")],
                organizations: [
                    Organization(name: "Chart Works", title: "Analyst"),
                    Organization(name: "Old Job Inc", title: "Intern", current: false),
                ],
                updated: at("2024-04-20T10:00:00Z"))),
        Entry(
            key: "evan-lee",
            person: FakePerson(
                givenName: "Evan", familyName: "Lee",
                emails: [Email("evan@example.com", type: "work"), Email("evan.lee@home.example", type: "home")],
                updated: at("2022-08-01T00:00:00Z"))),
        Entry(
            key: "francois-dupont",
            person: FakePerson(
                givenName: "François", familyName: "Dupont", emails: [Email("francois@example.fr", type: "Bureau")],
                updated: at("2024-06-01T06:00:00.250Z"))),
        Entry(
            key: "ann-andersen",
            person: FakePerson(
                givenName: "Ann", familyName: "Andersen", emails: [Email("ann.andersen@example.dk", type: "home")],
                updated: at("2023-01-15T15:00:00Z"))),
        Entry(
            key: "cher",
            person: FakePerson(
                givenName: "Cher", emails: [Email("cher@example.com")], updated: at("2023-05-05T05:05:05Z"))),
    ]

    static let otherContacts: [Entry] = [
        Entry(
            key: "other-alice",
            person: FakePerson(
                givenName: "Alice", familyName: "Example", emails: [Email("Alice@Example.com")],
                updated: at("2024-05-02T08:00:00Z"))),
        Entry(
            key: "other-grace-hopper",
            person: FakePerson(
                givenName: "Grace", familyName: "Hopper", emails: [Email("grace@navy.example")],
                updated: at("2023-07-07T07:07:07Z"))),
        Entry(
            key: "other-tanaka",
            person: FakePerson(
                givenName: "宏", familyName: "田中", displayName: "田中 宏", emails: [Email("tanaka@example.jp")],
                updated: at("2024-02-02T02:02:02Z"))),
        Entry(
            key: "other-ingrid",
            person: FakePerson(
                givenName: "Ingrid", familyName: "Bergström", emails: [Email("ingrid.bergstrom@example.no")],
                updated: at("2023-10-10T10:10:10Z"))),
        Entry(
            key: "other-jamal",
            person: FakePerson(
                givenName: "Jamal", familyName: "Ahmed", emails: [Email("jamal.ahmed@example.com")],
                phones: [Phone("+1 555-0142", type: nil)], updated: at("2024-01-20T20:20:20Z"))),
        Entry(
            key: "other-kofi",
            person: FakePerson(
                givenName: "Kofi", familyName: "Mensah", emails: [Email("kofi@example.gh")],
                updated: at("2023-04-04T04:04:04Z"))),
        Entry(
            key: "other-lena",
            person: FakePerson(
                givenName: "Lena", familyName: "Novak", emails: [Email("lena.novak@example.si")],
                updated: at("2023-08-08T08:08:08Z"))),
        Entry(
            key: "other-team",
            person: FakePerson(emails: [Email("team@example.com")], updated: at("2024-04-09T09:00:00Z"))),
        Entry(
            key: "other-ann",
            person: FakePerson(
                givenName: "Ann", familyName: "Other", emails: [Email("ann.other@example.org")],
                updated: at("2022-12-12T12:12:12Z"))),
        Entry(
            key: "other-noreply",
            person: FakePerson(emails: [Email("noreply@code.example.com")], updated: at("2024-03-03T03:03:03Z"))),
    ]
}
