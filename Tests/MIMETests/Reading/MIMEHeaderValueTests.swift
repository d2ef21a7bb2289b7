import Testing

@testable import MIME

@Suite("MIMEHeaderValue (RFC 2045, RFC 2231)")
struct MIMEHeaderValueTests {
    @Test func contentTypeWithParameters() {
        let parsed = MIMEHeaderValue.parse("Text/Plain; CHARSET=\"UTF-8\"; format=flowed")
        #expect(parsed == MIMEHeaderValue(value: "text/plain", parameters: ["charset": "UTF-8", "format": "flowed"]))
    }

    @Test func rfc2231SingleExtendedValue() {
        #expect(
            MIMEHeaderValue.parse("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf").parameters["filename"]
                == "\u{20AC} rates.pdf")
        #expect(
            MIMEHeaderValue.parse("attachment; filename*=iso-8859-1'en'%E9t%E9.txt").parameters["filename"]
                == "été.txt")
    }

    @Test func rfc2231EncodedContinuationsJoinBytes() {
        // 日本語.pdf with 本 (E6 9C AC) split between the two sections.
        let header = "attachment; filename*1*=%9C%AC%E8%AA%9E.pdf; filename*0*=UTF-8''%E6%97%A5%E6"
        #expect(MIMEHeaderValue.parse(header).parameters["filename"] == "日本語.pdf")
    }

    @Test func rfc2231PlainContinuations() {
        let header = "attachment; filename*0=\"very long \"; filename*1=\"name.txt\""
        #expect(MIMEHeaderValue.parse(header).parameters["filename"] == "very long name.txt")
    }

    @Test func rfc2231MixedContinuations() {
        let header = "attachment; filename*0*=utf-8''%C3%A9t%C3%A9; filename*1=\" 2024.txt\""
        #expect(MIMEHeaderValue.parse(header).parameters["filename"] == "été 2024.txt")
    }

    @Test func extendedValueBeatsPlainValue() {
        let header = "attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%E2%82%AC.pdf"
        #expect(MIMEHeaderValue.parse(header).parameters["filename"] == "\u{20AC}.pdf")
    }

    @Test func quotedStrings() {
        #expect(
            MIMEHeaderValue.parse(#"attachment; filename="a \"quoted\" name.txt""#).parameters["filename"]
                == #"a "quoted" name.txt"#)
        #expect(
            MIMEHeaderValue.parse(#"attachment; filename="C:\dir\x.txt""#).parameters["filename"] == #"C:\dir\x.txt"#)
        let parsed = MIMEHeaderValue.parse("attachment; filename=\"a;b.txt\"; size=10")
        #expect(parsed.parameters == ["filename": "a;b.txt", "size": "10"])
        #expect(
            MIMEHeaderValue.parse("attachment; filename=\"unterminated.txt").parameters["filename"]
                == "unterminated.txt")
    }

    @Test func tolerantSyntax() {
        #expect(MIMEHeaderValue.parse("attachment;\r\n filename=\"x.pdf\"").parameters["filename"] == "x.pdf")
        #expect(
            MIMEHeaderValue.parse("text/html charset=utf-8")
                == MIMEHeaderValue(value: "text/html", parameters: ["charset": "utf-8"]))
        #expect(
            MIMEHeaderValue.parse("text/plain (body text); charset=us-ascii")
                == MIMEHeaderValue(value: "text/plain", parameters: ["charset": "us-ascii"]))
        #expect(MIMEHeaderValue.parse("attachment; filename=my file.pdf").parameters["filename"] == "my file.pdf")
        #expect(MIMEHeaderValue.parse("inline;;; ; novalue; x=1").parameters == ["x": "1"])
        #expect(MIMEHeaderValue.parse("") == MIMEHeaderValue(value: "", parameters: [:]))
    }

    @Test func encodedWordsInParametersAreLeftForTheCaller() {
        #expect(
            MIMEHeaderValue.parse("application/pdf; name=\"=?UTF-8?B?4oKs?=.pdf\"").parameters["name"]
                == "=?UTF-8?B?4oKs?=.pdf")
    }
}
