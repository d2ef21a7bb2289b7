import Foundation
import GoogleSandbox
import Testing

@Suite("Strict parser: RFC 2047 encoded words")
struct StrictEncodedWordTests {
    private func subject(_ value: String) -> Data {
        crlf("To: b@example.com\nSubject: \(value)\n\nbody\n")
    }

    @Test func base64AndQWordsDecodeAndAdjacentWhitespaceIsDropped() throws {
        // 日本語の件名 split over three words (each holding whole characters), folded.
        let message = try strictlyParsed(
            crlf(
                "To: b@example.com\nSubject: Re: =?UTF-8?B?5pel5pys?=\n =?UTF-8?B?6Kqe44Gu?= =?utf-8?q?=E4=BB=B6?=\n"
                    + "\t=?UTF-8?Q?=E5=90=8D?= done\n\nbody\n"))
        #expect(message.values("Subject") == ["Re: 日本語の件名 done"])
        #expect(message.headers[1].rawValue.hasPrefix("Re: =?UTF-8?B?5pel5pys?="))
        #expect(message.longestEncodedWord == 21)
    }

    @Test func plainTextBetweenWordsKeepsItsSpaces() throws {
        let message = try strictlyParsed(subject("=?ISO-8859-1?Q?caf=E9?= and  =?US-ASCII?Q?tea_time?="))
        #expect(message.values("subject") == ["café and  tea time"])
    }

    @Test func wordsLongerThan75CharactersAreRefused() throws {
        let fine = "=?UTF-8?B?" + String(repeating: "QUJD", count: 15) + "?="  // 72 characters
        _ = try strictlyParsed(subject(fine))
        let long = "=?UTF-8?B?" + String(repeating: "QUJD", count: 16) + "?="  // 76 characters
        expectViolation(subject(long), mentioning: "Subject", "76 characters", "75")
    }

    @Test func malformedShapesAreRefused() {
        expectViolation(subject("=?UTF-8?B?QUJD?x?="), mentioning: "malformed")
        expectViolation(subject("=?UTF-8?X?abc?="), mentioning: "'X'")
        expectViolation(subject("=??B?QUJD?="), mentioning: "malformed")
    }

    @Test func wordsMustStandAloneInUnstructuredText() {
        expectViolation(subject("Re:=?UTF-8?B?QUJD?="), mentioning: "separated", "whitespace")
    }

    @Test func base64TextMustBeExact() {
        expectViolation(subject("=?UTF-8?B?QUJ?="), mentioning: "multiple of 4")
        expectViolation(subject("=?UTF-8?B?QU=D?="), mentioning: "padding")
        expectViolation(subject("=?UTF-8?B?QR==?="), mentioning: "canonical")
        expectViolation(subject("=?UTF-8?B?QU.D?="), mentioning: "alphabet")
    }

    @Test func qTextMustBeExact() {
        expectViolation(subject("=?UTF-8?Q?caf=e9?="), mentioning: "uppercase hex")
        expectViolation(subject("=?UTF-8?Q?caf=C?="), mentioning: "uppercase hex")
    }

    @Test func charsetsMustBeKnownAndEachWordWholeCharacters() {
        expectViolation(subject("=?KOI8-R?B?QUJD?="), mentioning: "unsupported charset", "KOI8-R")
        // "日" is E6 97 A5; splitting it across two words breaks each word on its own.
        expectViolation(
            subject("=?UTF-8?Q?=E6=97?= =?UTF-8?Q?=A5?="), mentioning: "not valid UTF-8", "whole characters")
        expectViolation(subject("=?US-ASCII?Q?=E9?="), mentioning: "not valid US-ASCII")
    }

    @Test func displayNamesDecodeButQuotedStringsAndAddrSpecsMayNotHoldWords() throws {
        let message = try strictlyParsed(
            crlf("To: =?UTF-8?B?0JDQvdC90LA=?= <anna@example.com>, =?UTF-8?Q?Jos=C3=A9?= Ruiz <jr@example.com>\n\nb\n"))
        #expect(
            message.addresses("to") == [
                StrictAddress(displayName: "Анна", address: "anna@example.com"),
                StrictAddress(displayName: "José Ruiz", address: "jr@example.com"),
            ])
        #expect(message.values("To") == ["Анна <anna@example.com>, José Ruiz <jr@example.com>"])
        let quoted = expectViolation(
            crlf("To: \"=?UTF-8?B?0JDQvdC90LA=?=\" <anna@example.com>\n\nb\n"), mentioning: "quoted string")
        #expect(quoted?.headerName == "To")
        expectViolation(crlf("To: =?UTF-8?B?QUJD?=@example.com\n\nb\n"), mentioning: "addr-spec")
        // Inside a phrase only letters, digits and !*+-/ may stand for themselves in Q.
        expectViolation(crlf("To: =?UTF-8?Q?a.b?= <a@example.com>\n\nb\n"), mentioning: "display name")
    }
}
