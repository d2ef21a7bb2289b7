import Foundation
import GoogleSandbox
import Testing

@Suite("Strict parser: multipart and message/rfc822")
struct StrictMultipartTests {
    private func multipart(_ boundaryParameter: String, _ body: String, type: String = "multipart/mixed") -> Data {
        crlf("To: b@example.com\nMIME-Version: 1.0\nContent-Type: \(type); boundary=\(boundaryParameter)\n\n" + body)
    }

    @Test func partsSplitAtDelimitersWithPreambleAndEpilogueIgnored() throws {
        let message = try strictlyParsed(
            multipart(
                "\"b'(1)+_,-./:=?\"",
                "preamble\n--b'(1)+_,-./:=?\nContent-Type: text/plain\n\none\n--b'(1)+_,-./:=?  \n\ntwo\n\n"
                    + "--b'(1)+_,-./:=?--\nepilogue\n"))
        #expect(message.root.children.count == 2)
        #expect(message.root.children[0].text == "one")
        // A part without header fields starts with its blank line; its content keeps its own CRLF.
        #expect(message.root.children[1].text == "two\r\n")
        #expect(message.root.children[1].mimeType == "text/plain")
    }

    @Test func boundaryRulesAreEnforced() {
        expectViolation(
            crlf("To: b@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\nx\n"),
            mentioning: "without a boundary")
        expectViolation(multipart(String(repeating: "b", count: 71), "x\n"), mentioning: "71 characters")
        expectViolation(multipart("\"b b \"", "x\n"), mentioning: "ends in a space")
        expectViolation(multipart("\"b@b\"", "x\n"), mentioning: "'@'", "bchar")
    }

    @Test func missingPartsAndCloseDelimiterAreRefused() {
        expectViolation(multipart("b", "no delimiter at all\n"), mentioning: "no body part")
        expectViolation(multipart("b", "--b--\n"), mentioning: "before any body part")
        expectViolation(multipart("b", "--b\n\none\n"), mentioning: "no close delimiter", "--b--")
        expectViolation(multipart("b", "--b\n--b\n\ntwo\n--b--\n"), mentioning: "line 6", "empty body part")
    }

    @Test func theBoundaryMayNotBeginAContentLine() {
        expectViolation(
            multipart("b", "--b\n\n--bxyz is here\n--b--\n"), mentioning: "line 7", "must not begin any line")
        // A nested boundary that extends the outer one collides the same way.
        expectViolation(
            multipart(
                "outer",
                "--outer\nContent-Type: multipart/alternative; boundary=outer2\n\n"
                    + "--outer2\n\nx\n--outer2--\n--outer--\n"),
            mentioning: "must not begin any line")
    }

    @Test func compositeTypesTakeOnlyIdentityEncodings() {
        expectViolation(
            crlf(
                "To: b@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n"
                    + "Content-Transfer-Encoding: base64\n\n--b\n\nx\n--b--\n"),
            mentioning: "composite type")
    }

    @Test func encapsulatedMessagesAreParsedWithTheirOwnRules() throws {
        let source =
            "--b\nContent-Type: text/plain\n\nSee the forwarded mail.\n--b\nContent-Type: message/rfc822\n\n"
            + "From: old@example.com\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\n\ninner text\n--b--\n"
        let message = try strictlyParsed(multipart("b", source))
        let forwarded = message.root.children[1]
        #expect(forwarded.mimeType == "message/rfc822")
        #expect(forwarded.children.first?.values("Subject") == ["Grüße"])
        #expect(forwarded.children.first?.text == "inner text")
        #expect(message.textBody == "See the forwarded mail.")

        let broken = source.replacingOccurrences(of: "From: old@example.com", with: "From: old")
        expectViolation(multipart("b", broken), mentioning: "line 12", "From field of the message in part 2")
    }

    @Test func nestingDeeperThanTheCapIsRefused() throws {
        // Boundaries b0x, b1x… so that none is a prefix of another.
        func nested(_ levels: Int) -> Data {
            var body = "--b\(levels)x\n\nleaf\n--b\(levels)x--\n"
            for level in stride(from: levels - 1, through: 0, by: -1) {
                body =
                    "--b\(level)x\nContent-Type: multipart/mixed; boundary=b\(level + 1)x\n\n" + body
                    + "--b\(level)x--\n"
            }
            return multipart("b0x", body)
        }
        _ = try strictlyParsed(nested(39))
        expectViolation(nested(40), mentioning: "nested 41 levels", "40")
    }
}

extension StrictMultipartTests {
    @Test func theBoundaryMayNotOccurInsideALine() {
        expectViolation(
            multipart("sep", "--sep\n\nfirst\n--sep\n\nsecond with --sep inside\n--sep--\n"),
            mentioning: "line 10 in part 2", "contains '--sep'")
    }
}
