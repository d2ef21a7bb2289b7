import Foundation
import GoogleSandbox
import Testing

@Suite("Strict parser: address fields")
struct StrictAddressTests {
    private func to(_ value: String, field: String = "To") -> Data {
        crlf("\(field): \(value)\nSubject: s\n\nbody\n")
    }

    @Test func mailboxesGroupsCommentsAndQuotedNamesParse() throws {
        let message = try strictlyParsed(
            to(
                "plain@example.com, \"Doe, Jane\" <jane.doe@example.com>, Bob (the builder) <bob@example.com>,\n"
                    + " Team: x@example.com, \"Mr \\\"Q\\\"\" <q@example.com>;, <bare@[192.0.2.1]>,"
                    + " \"odd local\"@example.com"))
        #expect(
            message.addresses("TO") == [
                StrictAddress(displayName: nil, address: "plain@example.com"),
                StrictAddress(displayName: "Doe, Jane", address: "jane.doe@example.com"),
                StrictAddress(displayName: "Bob", address: "bob@example.com"),
                StrictAddress(displayName: nil, address: "x@example.com"),
                StrictAddress(displayName: "Mr \"Q\"", address: "q@example.com"),
                StrictAddress(displayName: nil, address: "bare@[192.0.2.1]"),
                StrictAddress(displayName: nil, address: "\"odd local\"@example.com"),
            ])
    }

    @Test func emptyGroupIsAValidListWithoutMailboxes() throws {
        let message = try strictlyParsed(to("undisclosed-recipients:;"))
        #expect(message.addresses("to").isEmpty)
    }

    @Test func bccMayBeEmptyButToMayNot() throws {
        let message = try strictlyParsed(crlf("To: a@example.com\nBcc:\n\nb\n"))
        #expect(message.addresses("bcc").isEmpty)
        let violation = expectViolation(crlf("To:\n\nb\n"), mentioning: "To", "empty")
        #expect(violation?.headerName == "To")
    }

    @Test func fromTakesNoGroupsAndSenderOneMailbox() throws {
        _ = try strictlyParsed(crlf("From: a@example.com, b@example.com\nSender: a@example.com\n\nb\n"))
        expectViolation(crlf("From: Team: a@example.com;\n\nb\n"), mentioning: "From", "group")
        expectViolation(crlf("Sender: a@example.com, b@example.com\n\nb\n"), mentioning: "Sender", "one")
    }

    @Test func brokenAddressesNameTheField() {
        let cases: [(String, String)] = [
            ("John Smith john@example.com", "'@' belongs"),
            ("nobody", "lacks @domain"),
            ("a@example.com,", "ends with ','"),
            ("a@example.com,, b@example.com", "empty address"),
            ("John Q. Public <john@example.com>", "unquoted '.'"),
            ("<a@example.com", "closing '>'"),
            ("<@route.example:a@example.com>", "source route"),
            ("a. b@example.com", "whitespace"),
            ("a.@example.com", "ends in '.'"),
            ("\"unterminated <a@example.com>", "never closed"),
            ("a@example.com (unclosed", "never closed"),
            ("a@", "without a domain"),
            ("a@example.com b@example.com", "after an address"),
        ]
        for field in ["To", "Cc", "Bcc", "Reply-To"] {
            for (value, hint) in cases {
                let violation = expectViolation(to(value, field: field), mentioning: "the \(field) field", hint)
                #expect(violation?.headerName == field)
            }
        }
    }
}
