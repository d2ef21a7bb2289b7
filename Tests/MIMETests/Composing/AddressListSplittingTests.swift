import Testing

@testable import MIME

@Suite("OutgoingAddressParser list splitting")
struct AddressListSplittingTests {
    static let cases: [(input: String, expected: [OutgoingMailbox])] = [
        (
            "a@x.com, b@y.com; c@z.com",
            [mailbox(nil, "a", "x.com"), mailbox(nil, "b", "y.com"), mailbox(nil, "c", "z.com")]
        ),
        ("a@x.com,b@y.com", [mailbox(nil, "a", "x.com"), mailbox(nil, "b", "y.com")]),
        ("\"Smith, Alice\" <a@x.com>, b@y.com", [mailbox("Smith, Alice", "a", "x.com"), mailbox(nil, "b", "y.com")]),
        ("\"Semi; Colon\" <a@x.com>;b@y.com", [mailbox("Semi; Colon", "a", "x.com"), mailbox(nil, "b", "y.com")]),
        ("a@x.com (Smith, Alice), b@y.com", [mailbox("Smith, Alice", "a", "x.com"), mailbox(nil, "b", "y.com")]),
        ("a@x.com (x; (y, z)), b@y.com", [mailbox("x; (y, z)", "a", "x.com"), mailbox(nil, "b", "y.com")]),
        (
            #""Ali \"x, y\" ce" <a@x.com>, b@y.com"#,
            [mailbox(#"Ali "x, y" ce"#, "a", "x.com"), mailbox(nil, "b", "y.com")]
        ),
        ("<\"x,y\"@x.com>, b@y.com", [mailbox(nil, "\"x,y\"", "x.com"), mailbox(nil, "b", "y.com")]),
        ("\"Re: Team\" <t@x.com>", [mailbox("Re: Team", "t", "x.com")]),
        ("a@[IPv6:2001:db8::1], b@y.com", [mailbox(nil, "a", "[IPv6:2001:db8::1]"), mailbox(nil, "b", "y.com")]),
        ("a@x.com, , b@y.com", [mailbox(nil, "a", "x.com"), mailbox(nil, "b", "y.com")]),
        (",a@x.com,;", [mailbox(nil, "a", "x.com")]),
        ("A <a@x.com>, B <b@y.com>", [mailbox("A", "a", "x.com"), mailbox("B", "b", "y.com")]),
        ("a@x.com, a@x.com", [mailbox(nil, "a", "x.com"), mailbox(nil, "a", "x.com")]),
    ]

    @Test(arguments: cases)
    func splits(input: String, expected: [OutgoingMailbox]) throws {
        #expect(try OutgoingAddressParser.parseList(input) == expected)
    }

    @Test func unquotedCommaInDisplayNameExplainsQuoting() throws {
        let error = try #require(OutgoingAddressTesting.listError("Smith, Alice <alice@example.com>"))
        #expect(error.kind == .syntax)
        #expect(error.input == "Smith")
        #expect(error.reason.contains("\"Smith, Alice\" <alice@example.com>"))
    }

    @Test func scannerKeepsSegmentsApart() throws {
        let items = try AddressListScanner.items(in: "Al \"B, C\" (x) <a@[1.2.3.4]>, d@e.fg")
        #expect(
            items == [
                AddressListItem(
                    segments: [
                        .text("Al "), .quoted(raw: "\"B, C\"", content: "B, C"), .text(" "), .comment("x"),
                        .text(" "), .angle("a@[1.2.3.4]"),
                    ],
                    source: "Al \"B, C\" (x) <a@[1.2.3.4]>"),
                AddressListItem(segments: [.text(" d@e.fg")], source: "d@e.fg"),
            ])
    }

    private static func mailbox(_ name: String?, _ localPart: String, _ domain: String) -> OutgoingMailbox {
        OutgoingAddressTesting.mailbox(name, localPart, domain)
    }
}
