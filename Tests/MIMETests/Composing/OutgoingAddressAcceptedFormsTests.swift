import Testing

@testable import MIME

@Suite("OutgoingAddressParser accepted forms")
struct OutgoingAddressAcceptedFormsTests {
    static let cases: [(input: String, expected: OutgoingMailbox)] = [
        // Bare and bracketed addr-specs.
        ("alice@example.com", mailbox(nil, "alice", "example.com")),
        ("<alice@example.com>", mailbox(nil, "alice", "example.com")),
        ("  alice@example.com \u{00A0}", mailbox(nil, "alice", "example.com")),
        ("< alice@example.com >", mailbox(nil, "alice", "example.com")),
        ("a@b.co", mailbox(nil, "a", "b.co")),
        ("Alice@Example.COM", mailbox(nil, "Alice", "example.com")),
        ("john.doe+tag@mail.example.co.uk", mailbox(nil, "john.doe+tag", "mail.example.co.uk")),
        ("!#$%&'*+-/=?^_`{|}~@example.com", mailbox(nil, "!#$%&'*+-/=?^_`{|}~", "example.com")),
        ("user@xn--bcher-kva.example", mailbox(nil, "user", "xn--bcher-kva.example")),
        ("a@1.2.3.example", mailbox(nil, "a", "1.2.3.example")),
        ("a@x-y.example-domain.io", mailbox(nil, "a", "x-y.example-domain.io")),
        // Display names.
        ("Alice Smith <alice@example.com>", mailbox("Alice Smith", "alice", "example.com")),
        ("Alice   Smith<alice@example.com>", mailbox("Alice Smith", "alice", "example.com")),
        ("\"Smith, Alice\" <alice@example.com>", mailbox("Smith, Alice", "alice", "example.com")),
        (#""Alice \"Al\" Smith \\ Jr" <a@example.com>"#, mailbox(#"Alice "Al" Smith \ Jr"#, "a", "example.com")),
        ("\"  spaced   inside  \" <a@example.com>", mailbox("spaced   inside", "a", "example.com")),
        ("Ålice Ünicode 李 <alice@example.com>", mailbox("Ålice Ünicode 李", "alice", "example.com")),
        ("Jane \"the boss\" Doe <boss@example.com>", mailbox("Jane the boss Doe", "boss", "example.com")),
        ("Dr. Who <who@example.com>", mailbox("Dr. Who", "who", "example.com")),
        ("\"<odd> name@\" <a@example.com>", mailbox("<odd> name@", "a", "example.com")),
        ("=?UTF-8?B?w4VsaWNl?= <a@b.co>", mailbox("=?UTF-8?B?w4VsaWNl?=", "a", "b.co")),
        ("\"\" <a@example.com>", mailbox(nil, "a", "example.com")),
        ("alice@example.com <alice@example.com>", mailbox("alice@example.com", "alice", "example.com")),
        ("😀 Party <p@example.com>", mailbox("😀 Party", "p", "example.com")),
        // Comments: a trailing one names the mailbox when nothing else does; others vanish.
        ("alice@example.com (Alice)", mailbox("Alice", "alice", "example.com")),
        ("alice@example.com (Alice (work))", mailbox("Alice (work)", "alice", "example.com")),
        (#"alice@example.com (A \) B)"#, mailbox("A ) B", "alice", "example.com")),
        ("<alice@example.com> (Alice)", mailbox("Alice", "alice", "example.com")),
        ("Alice <alice@example.com> (ignored)", mailbox("Alice", "alice", "example.com")),
        ("Bob (Sales) Smith <bob@example.com>", mailbox("Bob Smith", "bob", "example.com")),
        ("(before) alice@example.com", mailbox(nil, "alice", "example.com")),
        ("alice(home)@example.com", mailbox(nil, "alice", "example.com")),
        ("alice@example.com ()", mailbox(nil, "alice", "example.com")),
        ("<alice(x)@example.com>", mailbox(nil, "alice", "example.com")),
        // Quoted local parts: kept quoted only when they have to be.
        ("\"john doe\"@example.com", mailbox(nil, "\"john doe\"", "example.com")),
        ("\"john\"@example.com", mailbox(nil, "john", "example.com")),
        ("<\"a@b\"@example.com>", mailbox(nil, "\"a@b\"", "example.com")),
        (#""a\"b"@example.com"#, mailbox(nil, #""a\"b""#, "example.com")),
        (#""a\\b"@example.com"#, mailbox(nil, #""a\\b""#, "example.com")),
        (#""a\bc"@example.com"#, mailbox(nil, "abc", "example.com")),
        ("\"a..b\"@example.com", mailbox(nil, "\"a..b\"", "example.com")),
        ("Name <\"x y\"@example.com>", mailbox("Name", "\"x y\"", "example.com")),
        // Domain literals.
        ("alice@[192.0.2.1]", mailbox(nil, "alice", "[192.0.2.1]")),
        ("<alice@[IPv6:2001:db8::1]>", mailbox(nil, "alice", "[IPv6:2001:db8::1]")),
        ("alice@[ipv6:::1]", mailbox(nil, "alice", "[IPv6:::1]")),
        ("alice@[IPv6:1:2:3:4:5:6:7:8]", mailbox(nil, "alice", "[IPv6:1:2:3:4:5:6:7:8]")),
        ("alice@[IPv6:::ffff:192.0.2.1]", mailbox(nil, "alice", "[IPv6:::ffff:192.0.2.1]")),
    ]

    @Test(arguments: cases)
    func acceptsForm(input: String, expected: OutgoingMailbox) throws {
        #expect(try OutgoingAddressParser.parseList(input) == [expected])
        #expect(try OutgoingAddressParser.parseSingle(input) == expected)
    }

    @Test func addrSpecJoinsTheWireParts() throws {
        #expect(
            try OutgoingAddressParser.parseSingle("X <\"a b\"@Bücher.Example>").addrSpec
                == "\"a b\"@xn--bcher-kva.example")
    }

    private static func mailbox(_ name: String?, _ localPart: String, _ domain: String) -> OutgoingMailbox {
        OutgoingAddressTesting.mailbox(name, localPart, domain)
    }
}
