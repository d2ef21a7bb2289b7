import Testing

@testable import MIME

@Suite("OutgoingAddressParser errors")
struct OutgoingAddressErrorTests {
    typealias Kind = AddressInputError.Kind

    /// Input, expected kind, and a piece of the reason that tells the writer what to do.
    static let cases: [(input: String, kind: Kind, hint: String)] = [
        // Header-injection guard: any CR or LF, wherever it is, before anything else is looked at.
        ("a@x.com\r\nBcc: evil@y.com", .lineBreak, "line break"),
        ("a@x.com\nb@y.com", .lineBreak, "one line"),
        ("a@x.com\r", .lineBreak, "line break"),
        ("\r\n", .lineBreak, "line break"),
        ("Alice\r\n Smith <a@x.com>", .lineBreak, "line break"),
        ("\"Ali\nce\" <a@x.com>", .lineBreak, "line break"),
        ("\"a\rb\"@x.com", .lineBreak, "line break"),
        ("<a@x.com\r\n>", .lineBreak, "line break"),
        ("(comment\n) a@x.com", .lineBreak, "line break"),
        ("\"unclosed\n", .lineBreak, "line break"),
        ("bad\u{1}\n", .lineBreak, "line break"),
        ("a@x.com\u{2028}", .lineBreak, "line break"),
        ("Alice\u{85} <a@x.com>", .lineBreak, "line break"),
        // Other controls.
        ("a\u{0}@x.com", .controlCharacter, "U+0000"),
        ("Alice\t<a@x.com>", .controlCharacter, "tab"),
        ("a@x.com\u{7F}", .controlCharacter, "U+007F"),
        ("\u{1B}[31mAlice <a@x.com>", .controlCharacter, "U+001B"),
        ("\"A\u{9B}\" <a@x.com>", .controlCharacter, "U+009B"),
        // Nothing there.
        ("", .empty, "no e-mail address"),
        ("   ", .empty, "no e-mail address"),
        (",", .empty, "no e-mail address"),
        (" , ; ,", .empty, "no e-mail address"),
        // Structure.
        ("alice", .syntax, "no @"),
        ("Alice Smith", .syntax, "no @"),
        ("<alice@example.com", .syntax, "never closed"),
        ("alice@example.com>", .syntax, "no matching \"<\""),
        ("\"Alice <a@x.com>", .syntax, "double quote"),
        ("Alice\" <a@x.com>", .syntax, "double quote"),
        ("(Alice <a@x.com>", .syntax, "comment"),
        ("Alice) <a@x.com>", .syntax, "no matching \"(\""),
        ("<<a@x.com>>", .syntax, "inside another"),
        ("<a@x.com> <b@y.com>", .syntax, "more than one <…>"),
        ("Alice <a@x.com> Smith", .syntax, "after the closing"),
        ("Alice <a@x.com> \"Smith\"", .syntax, "\"Smith\" comes after the closing"),
        ("Alice <>", .syntax, "no address between"),
        ("(just a comment)", .syntax, "only a comment"),
        ("a b@example.com", .syntax, "write a <b@example.com>"),
        ("Alice alice@example.com", .syntax, "write Alice <alice@example.com>"),
        ("\"Alice\" alice@example.com", .syntax, "<alice@example.com>"),
        ("alice@exa mple.com", .syntax, "contains a space"),
        ("bob@@example.com", .syntax, "more than one @"),
        ("a@b@example.com", .syntax, "more than one @"),
        ("mailto:alice@example.com", .syntax, "mailto:"),
        ("a@[1.2.3.4", .syntax, "\"[\""),
        // Local part.
        ("@example.com", .localPart, "nothing before the @"),
        ("<@example.com>", .localPart, "nothing before the @"),
        (".alice@example.com", .localPart, "starts with a dot"),
        ("alice.@example.com", .localPart, "ends with a dot"),
        ("al..ice@example.com", .localPart, "two dots"),
        ("alí@example.com", .localPart, "not supported by Gmail's API"),
        ("\"ü\"@example.com", .localPart, "not supported by Gmail's API"),
        ("用户@例子.广告", .localPart, "internationalized"),
        ("a\"b\"@example.com", .localPart, "whole part"),
        ("\"a\"b@example.com", .localPart, "outside its double quotes"),
        ("\"\"@example.com", .localPart, "empty"),
        ("a[b]@example.com", .localPart, "\"[\""),
        (#"a\b@example.com"#, .localPart, #"contains "\""#),
        // Domain.
        ("alice@", .domain, "nothing after the @"),
        ("Alice <alice@>", .domain, "nothing after the @"),
        ("alice@localhost", .domain, "at least one dot"),
        ("alice@example..com", .domain, "two dots"),
        ("alice@.example.com", .domain, "starts with a dot"),
        ("alice@example.com.", .domain, "ends with a dot"),
        ("alice@exa_mple.com", .domain, "\"_\""),
        ("alice@-example.com", .domain, "starts with a hyphen"),
        ("alice@example-.com", .domain, "ends with a hyphen"),
        ("alice@192.168.1.1", .domain, "in brackets, as in [192.168.1.1]"),
        ("alice@example.123", .domain, "as in [192.0.2.1]"),
        ("alice@☃.net", .domain, "U+2603"),
        ("alice@ex!ample.com", .domain, "\"!\""),
        ("alice@ｅｘａｍｐｌｅ.com", .domain, "write it as \"example\""),
        ("alice@\u{301}x.com", .domain, "combining mark"),
        ("alice@[300.1.1.1]", .domain, "neither an IPv4"),
        ("alice@[1.2.3]", .domain, "neither an IPv4"),
        ("alice@[IPv6:1::2::3]", .domain, "not a valid IPv6"),
        ("alice@[IPv6:1:2:3:4:5:6:7]", .domain, "not a valid IPv6"),
        ("alice@[IPv6:12345::1]", .domain, "not a valid IPv6"),
        ("alice@[IPv6:::1.2.3]", .domain, "not a valid IPv6"),
        ("alice@[foo:bar]", .domain, "neither an IPv4"),
        ("alice@[1.2.3.4]x", .domain, "does not end with"),
        // Groups.
        ("undisclosed-recipients:;", .group, "list the addresses"),
        ("Team: a@x.com, b@y.com;", .group, "group syntax"),
        ("a@x.com, Team: b@y.com;", .group, "double quotes"),
    ]

    @Test(arguments: cases)
    func refuses(input: String, kind: Kind, hint: String) throws {
        let error = try #require(OutgoingAddressTesting.listError(input))
        #expect(error.kind == kind, "\(error.reason)")
        #expect(error.reason.contains(hint), "\(error.reason)")
        #expect(OutgoingAddressTesting.isSafeToEcho(error))
        #expect(error.description == error.reason)
    }

    @Test func reasonQuotesTheOffendingEntry() throws {
        let error = try #require(OutgoingAddressTesting.listError("a@x.com, bob@@example.com"))
        #expect(error.input == "bob@@example.com")
        #expect(error.reason == "\"bob@@example.com\" is not an e-mail address: it has more than one @.")
    }

    @Test func lineBreaksAreEscapedInTheMessage() throws {
        let error = try #require(OutgoingAddressTesting.listError("a@x.com\r\nBcc: evil@y.com"))
        #expect(error.input == #"a@x.com\r\nBcc: evil@y.com"#)
        #expect(error.reason.hasPrefix(#""a@x.com\r\nBcc: evil@y.com" contains a line break"#))
    }

    @Test func longInputIsCutAroundTheProblem() throws {
        let input = String(repeating: "a", count: 200) + "\r\n" + String(repeating: "b", count: 200)
        let error = try #require(OutgoingAddressTesting.listError(input))
        #expect(error.kind == .lineBreak)
        #expect(error.input.contains(#"\r\n"#))
        #expect(error.input.hasPrefix("…") && error.input.hasSuffix("…"))
        #expect(error.input.count <= InputExcerpt.maximumLength + 4)
    }

    @Test func lineBreakWinsOverEveryOtherProblem() throws {
        // Unbalanced quote, group syntax and a control character, but the line break is what is reported.
        let error = try #require(OutgoingAddressTesting.listError("\"Team\u{1}: <a@@x\n"))
        #expect(error.kind == .lineBreak)
    }

    @Test func firstBadEntryDecides() throws {
        let error = try #require(OutgoingAddressTesting.listError("ok@x.com, alice@localhost, .bad@x.com"))
        #expect(error.kind == .domain)
        #expect(error.input == "alice@localhost")
    }

    @Test func singleNeedsExactlyOne() throws {
        #expect(
            try OutgoingAddressParser.parseSingle("Me <me@example.com>")
                == OutgoingAddressTesting.mailbox("Me", "me", "example.com"))
        #expect(
            try OutgoingAddressParser.parseSingle(" , me@example.com ,")
                == OutgoingAddressTesting.mailbox(nil, "me", "example.com"))
        let two = try #require(OutgoingAddressTesting.singleError("a@x.com, b@y.com"))
        #expect(two.kind == .notSingle)
        #expect(two.reason.contains("holds 2 addresses"))
        #expect(OutgoingAddressTesting.singleError("a@x.com;b@y.com;c@z.com")?.kind == .notSingle)
        #expect(OutgoingAddressTesting.singleError("")?.kind == .empty)
        #expect(OutgoingAddressTesting.singleError("a@x.com\n")?.kind == .lineBreak)
    }
}
