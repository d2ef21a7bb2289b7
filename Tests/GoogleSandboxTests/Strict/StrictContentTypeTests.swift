import Foundation
import GoogleSandbox
import Testing

@Suite("Strict parser: Content-Type, Content-Disposition and RFC 2231")
struct StrictContentTypeTests {
    private func typed(_ contentType: String, disposition: String? = nil, body: String = "x\n") -> Data {
        let dispositionLine = disposition.map { "Content-Disposition: \($0)\n" } ?? ""
        return crlf(
            "To: b@example.com\nMIME-Version: 1.0\nContent-Type: \(contentType)\n\(dispositionLine)\n\(body)")
    }

    @Test func typeSubtypeAndParametersParse() throws {
        let message = try strictlyParsed(
            typed("Text/PLAIN; Charset=\"utf-8\"; format=flowed (a comment); x-quoted=\"a \\\"b\\\" c\""))
        #expect(message.root.mimeType == "text/plain")
        #expect(message.root.parameters == ["charset": "utf-8", "format": "flowed", "x-quoted": "a \"b\" c"])
    }

    @Test func malformedContentTypesAreRefused() {
        for (value, hint) in [
            ("text", "type/subtype"), ("text/plain;", "ends with ';'"), ("text/plain; charset", "attribute=value"),
            ("text/plain charset=utf-8", "';'"), ("text/plain; charset=utf-8; CHARSET=us-ascii", "twice"),
            ("text/plain; name=a b", "';'"), ("text/plain; name=\"open", "never closed"),
        ] {
            let violation = expectViolation(typed(value), mentioning: "Content-Type", hint)
            #expect(violation?.headerName == "Content-Type")
        }
    }

    @Test func extendedValuesAndContinuationsDecode() throws {
        let message = try strictlyParsed(
            typed(
                "application/pdf; name*0*=UTF-8''%D0%BE%D1%82; name*1*=%D1%87%D0%B5%D1%82; name*2=\".pdf\"",
                disposition: "attachment; filename=\"fallback.pdf\"; filename*=UTF-8'ru'%D0%BE%D1%82.pdf",
                body: "%PDF\n"))
        #expect(message.root.parameters["name"] == "отчет.pdf")
        #expect(message.root.disposition == "attachment")
        #expect(message.root.dispositionParameters["filename"] == "от.pdf")
        #expect(message.root.filename == "от.pdf")
    }

    @Test func filenameFallsBackToNameAndLegacyEncodedWords() throws {
        let message = try strictlyParsed(
            typed("application/octet-stream; name=\"=?UTF-8?B?0L7RgtGH0LXRgi5wZGY=?=\"", body: "x\n"))
        #expect(message.root.parameters["name"] == "=?UTF-8?B?0L7RgtGH0LXRgi5wZGY=?=")
        #expect(message.root.filename == "отчет.pdf")
        #expect(try strictlyParsed(simpleMessage()).root.filename == nil)
    }

    @Test func brokenExtendedValuesAreRefused() {
        for (parameters, hint) in [
            ("name*=UTF-8''%d0%be", "uppercase hex"), ("name*=UTF-8''%D0%B", "uppercase hex"),
            ("name*=%D0%BE", "charset'language'"), ("name*=KOI8-R''%C1", "unsupported charset"),
            ("name*=UTF-8''%D0", "not valid UTF-8"), ("name*=\"UTF-8''abc\"", "quotes"),
            ("name*0=a; name*2=b", "gap"), ("name*1=b; name*0=a", "out of order"), ("name*01=a", "name*N"),
            ("name*0=a; name*1*=%41", "carries no charset"), ("name*=UTF-8''a; name*0=b", "both"),
        ] {
            expectViolation(typed("application/octet-stream; \(parameters)"), mentioning: "Content-Type", hint)
        }
    }

    @Test func transferEncodingMustBeOneOfFive() throws {
        for encoding in ["7bit", "8BIT", "Binary", "quoted-printable", "BASE64"] {
            let message = try strictlyParsed(
                simpleMessage(
                    headers: "MIME-Version: 1.0\nContent-Transfer-Encoding: \(encoding)\n",
                    body: encoding == "BASE64" ? "eA==\n" : "x\n"))
            #expect(message.root.transferEncoding == encoding.lowercased())
        }
        let violation = expectViolation(
            simpleMessage(headers: "MIME-Version: 1.0\nContent-Transfer-Encoding: x-uuencode\n"),
            mentioning: "Content-Transfer-Encoding", "x-uuencode")
        #expect(violation?.headerName == "Content-Transfer-Encoding")
    }
}
