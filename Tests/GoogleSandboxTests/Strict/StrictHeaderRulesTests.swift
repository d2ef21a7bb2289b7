import Foundation
import GoogleSandbox
import Testing

@Suite("Strict parser: header sections")
struct StrictHeaderRulesTests {
    @Test func foldedFieldsUnfoldAndKeepOrderAndCase() throws {
        let message = try strictlyParsed(
            crlf("Subject: a long\n\tsubject\nX-Custom: one\nx-custom: two\nTo: b@example.com\n\nbody\n"))
        #expect(message.headers.map(\.name) == ["Subject", "X-Custom", "x-custom", "To"])
        #expect(message.headers[0].rawValue == "a long\tsubject")
        #expect(message.values("X-CUSTOM") == ["one", "two"])
        #expect(message.headers[3].line == 5)
        #expect(message.longestHeaderLine == 17)
    }

    @Test func fieldNamesAreVisibleASCIIWithoutSpaces() {
        expectViolation(crlf("Subject : x\n\nbody\n"), mentioning: "line 1", "field name", "'Subject '")
        expectViolation(crlf(": x\n\nbody\n"), mentioning: "line 1", "field name")
    }

    @Test func aLineWithoutColonIsNotAField() {
        expectViolation(crlf("Subject: x\nbody without a blank line\n"), mentioning: "line 2", "no ':'")
    }

    @Test func eightBitHeaderBytesAreRefused() {
        let violation = expectViolation(
            Data("Subject: Grüße\r\n\r\nbody\r\n".utf8), mentioning: "line 1", "8-bit octet 0xC3", "RFC 2047")
        #expect(violation?.headerName == "Subject")
    }

    @Test func controlCharactersInHeadersAreRefused() {
        expectViolation(Data("Subject: a\u{7}b\r\n\r\nbody\r\n".utf8), mentioning: "control character 0x7")
    }

    @Test func continuationMustFollowAField() {
        expectViolation(crlf(" Subject: x\n\nbody\n"), mentioning: "line 1", "continuation")
    }

    @Test func whitespaceOnlyLineInHeaderIsRefused() {
        expectViolation(crlf("Subject: x\n   \nTo: b@example.com\n\nbody\n"), mentioning: "line 2", "only whitespace")
    }

    @Test func singletonFieldsMayAppearOnce() throws {
        _ = try strictlyParsed(simpleMessage(headers: "Comments: one\nComments: two\n"))
        for field in [
            "Subject: again", "To: c@example.com", "From: c@example.com", "Cc: c@example.com",
            "Bcc: c@example.com", "Reply-To: c@example.com", "Message-ID: <a@b>", "In-Reply-To: <a@b>",
            "References: <a@b>", "Date: Mon, 1 Jan 2024 10:00:00 +0000", "Sender: c@example.com",
        ] {
            let doubled = crlf(
                "From: a@example.com\nTo: b@example.com\nSubject: test\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n"
                    + "Message-ID: <x@y>\nIn-Reply-To: <p@q>\nReferences: <p@q>\nCc: d@example.com\n"
                    + "Bcc: e@example.com\nReply-To: f@example.com\nSender: g@example.com\n\(field)\n\nbody\n")
            let name = String(field.prefix { $0 != ":" })
            let violation = expectViolation(doubled, mentioning: "line 12", "second \(name)")
            #expect(violation?.headerName == name)
        }
    }

    @Test func mimeVersionIsRequiredWithContentFields() throws {
        _ = try strictlyParsed(
            simpleMessage(headers: "MIME-Version: 1.0 (produced by a test)\nContent-Type: text/plain\n"))
        expectViolation(simpleMessage(headers: "Content-Type: text/plain\n"), mentioning: "no MIME-Version")
        expectViolation(
            simpleMessage(headers: "MIME-Version: 2.0\nContent-Type: text/plain\n"), mentioning: "MIME-Version",
            "1.0")
    }

    @Test func datesMustBeRFC5322DateTimes() throws {
        for good in [
            "Mon, 1 Jan 2024 10:00:00 +0000", "1 Jan 2024 10:00 -0700", "Thu, 29 Feb 2024 23:59:60 +1400 (comment)",
            "fri, 05 JUL 2024 08:30:00 +0200",
        ] {
            let message = try strictlyParsed(simpleMessage(headers: "Date: \(good)\n"))
            #expect(message.values("Date") == [good])
        }
        for (bad, hint) in [
            ("Mon, 1 Jan 2024 10:00:00 GMT", "zone"), ("Tue, 1 Jan 2024 10:00:00 +0000", "Monday"),
            ("30 Feb 2024 10:00:00 +0000", "does not exist"), ("1 Jan 24 10:00:00 +0000", "four digits"),
            ("1 January 2024 10:00:00 +0000", "month"), ("1 Jan 2024 9:00:00 +0000", "hour"),
            ("2024-01-01T10:00:00Z", "RFC 5322 date-time"), ("1 Jan 2024 10:00:00 +0000 extra", "follows"),
        ] {
            let violation = expectViolation(simpleMessage(headers: "Date: \(bad)\n"), mentioning: "Date", hint)
            #expect(violation?.headerName == "Date")
        }
    }

    @Test func messageIDFieldsHoldAngleBracketIDs() throws {
        let message = try strictlyParsed(
            simpleMessage(
                headers:
                    "Message-ID: <abc.def@mail.example.com>\nIn-Reply-To: <p@q>\n"
                    + "References: <a@b> <p@q>\n (comment) <r@[127.0.0.1]>\n"))
        #expect(message.messageIDs("references") == ["<a@b>", "<p@q>", "<r@[127.0.0.1]>"])
        #expect(message.messageIDs("Message-ID") == ["<abc.def@mail.example.com>"])
        expectViolation(simpleMessage(headers: "Message-ID: abc@def\n"), mentioning: "Message-ID", "<left@right>")
        expectViolation(simpleMessage(headers: "Message-ID: <a@b> <c@d>\n"), mentioning: "exactly one")
        expectViolation(simpleMessage(headers: "References: <a b@c>\n"), mentioning: "References", "whitespace")
        expectViolation(simpleMessage(headers: "In-Reply-To: <nodomain>\n"), mentioning: "In-Reply-To")
        expectViolation(simpleMessage(headers: "In-Reply-To:\n"), mentioning: "In-Reply-To", "empty")
    }
}
