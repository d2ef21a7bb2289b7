import Foundation
import GoogleSandbox
import Testing

@Suite("Strict parser: transfer encodings and charsets")
struct StrictBodyEncodingTests {
    private func encoded(_ encoding: String, _ body: String, type: String = "text/plain; charset=UTF-8") -> Data {
        crlf(
            "To: b@example.com\nMIME-Version: 1.0\nContent-Type: \(type)\nContent-Transfer-Encoding: \(encoding)\n\n"
                + body)
    }

    @Test func sevenBitMustBeASCII() throws {
        _ = try strictlyParsed(simpleMessage(body: "plain ascii\n"))
        expectViolation(Data("To: b@example.com\r\n\r\ncaf\u{e9}\r\n".utf8), mentioning: "line 3", "0xC3", "7bit")
    }

    @Test func eightBitUTF8TextDecodesWithCRLFKept() throws {
        let message = try strictlyParsed(encoded("8bit", "Grüße\nzweite Zeile\n"))
        #expect(message.textBody == "Grüße\r\nzweite Zeile\r\n")
        #expect(message.root.content == Data("Grüße\r\nzweite Zeile\r\n".utf8))
    }

    @Test func base64DecodesAndChecksLinesAlphabetAndPadding() throws {
        let message = try strictlyParsed(encoded("base64", "SGVsbG8s\nIHdvcmxk\nIQ==\n"))
        #expect(message.textBody == "Hello, world!")
        expectViolation(
            encoded("base64", String(repeating: "QUJD", count: 19) + "QQ==\n"), mentioning: "line 6", "80 characters",
            "76")
        expectViolation(encoded("base64", "SGVs bG8=\n"), mentioning: "line 6", "' '", "alphabet")
        expectViolation(encoded("base64", "SGVsbG8\n"), mentioning: "multiple of 4")
        expectViolation(encoded("base64", "SGU=\nbGxv\n"), mentioning: "padding")
    }

    @Test func quotedPrintableDecodesSoftBreaksAndEscapes() throws {
        let message = try strictlyParsed(encoded("quoted-printable", "Gr=C3=BC=C3=9Fe, a long =\nline=20\nend"))
        #expect(message.textBody == "Grüße, a long line \r\nend")
        let limit = String(repeating: "a", count: 75) + "=\n"
        #expect(
            try strictlyParsed(encoded("quoted-printable", limit + "b\n")).textBody == String(repeating: "a", count: 75)
                + "b\r\n")
    }

    @Test func quotedPrintableRulesAreEnforced() {
        expectViolation(
            encoded("quoted-printable", String(repeating: "a", count: 77) + "\n"), mentioning: "line 6", "77 characters"
        )
        expectViolation(encoded("quoted-printable", "trailing space \n"), mentioning: "line 6", "whitespace")
        expectViolation(encoded("quoted-printable", "lower =c3=bc\n"), mentioning: "line 6", "column 7", "uppercase")
        expectViolation(encoded("quoted-printable", "bad =G1\n"), mentioning: "=XX")
        expectViolation(
            Data(
                "To: b@example.com\r\nMIME-Version: 1.0\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nä\r\n"
                    .utf8),
            mentioning: "octet 0xC3")
    }

    @Test func textCharsetsAreRequiredForNonASCIIAndMustDecode() throws {
        let latin = try strictlyParsed(
            Data("To: b@example.com\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n".utf8)
                + Data("Content-Transfer-Encoding: 8bit\r\n\r\ncaf".utf8) + Data([0xE9, 0x0D, 0x0A]))
        #expect(latin.textBody == "café\r\n")
        expectViolation(encoded("8bit", "Grüße\n", type: "text/plain"), mentioning: "no charset parameter")
        expectViolation(
            Data("To: b@example.com\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n".utf8)
                + Data("Content-Transfer-Encoding: 8bit\r\n\r\ncaf".utf8) + Data([0xE9, 0x0D, 0x0A]),
            mentioning: "not valid utf-8")
        expectViolation(encoded("7bit", "hi\n", type: "text/plain; charset=koi8-r"), mentioning: "unsupported charset")
    }
}
