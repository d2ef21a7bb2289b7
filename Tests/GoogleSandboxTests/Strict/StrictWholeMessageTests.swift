import Foundation
import GoogleSandbox
import Testing

@Suite("Strict parser: realistic whole messages")
struct StrictWholeMessageTests {
    private let pdfBytes = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".utf8)

    @Test func mixedWithAlternativeAndABase64PDF() throws {
        let encoded = Array(pdfBytes.base64EncodedString())
        let pdf = stride(from: 0, to: encoded.count, by: 76).map { String(encoded[$0..<min($0 + 76, encoded.count)]) }
            .joined(separator: "\n")
        let source = """
            From: =?UTF-8?B?w4VzYSBMaW5kc3Ryw7Zt?= <asa@example.com>
            To: "Doe, Jane" <jane@example.com>, bob@example.com
            Cc: Team: carol@example.com;
            Subject: =?UTF-8?Q?Quarterly_report_=E2=80=93_final?=
            Date: Wed, 12 Jun 2024 09:15:00 +0200
            Message-ID: <CAF1234.5678@mail.example.com>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="mixed_0001"

            This is a multi-part message in MIME format.
            --mixed_0001
            Content-Type: multipart/alternative; boundary="alt_0001"

            --alt_0001
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            Hi Jane, the report =E2=80=93 attached.
            --alt_0001
            Content-Type: text/html; charset=UTF-8
            Content-Transfer-Encoding: base64

            PHA+SGkgSmFuZTwvcD4=
            --alt_0001--

            --mixed_0001
            Content-Type: application/pdf; name="report.pdf"
            Content-Disposition: attachment; filename="report.pdf"
            Content-Transfer-Encoding: base64

            \(pdf)
            --mixed_0001--

            """
        let message = try strictlyParsed(crlf(source))
        #expect(message.values("subject") == ["Quarterly report – final"])
        #expect(message.addresses("From") == [StrictAddress(displayName: "Åsa Lindström", address: "asa@example.com")])
        #expect(message.addresses("to").map(\.address) == ["jane@example.com", "bob@example.com"])
        #expect(message.addresses("cc").map(\.address) == ["carol@example.com"])
        #expect(message.textBody == "Hi Jane, the report – attached.")
        #expect(message.htmlBody == "<p>Hi Jane</p>")
        #expect(message.attachments.count == 1)
        let attachment = try #require(message.attachments.first)
        #expect(attachment.filename == "report.pdf")
        #expect(attachment.mimeType == "application/pdf")
        #expect(attachment.content == pdfBytes)
        #expect(attachment.text == nil)
        #expect(message.root.children.map(\.mimeType) == ["multipart/alternative", "application/pdf"])
        #expect(message.longestHeaderLine == 56)
        #expect(message.longestEncodedWord == 44)
    }

    @Test func rfc2231FilenameAndCJKSubjectOverSeveralWords() throws {
        let source = """
            From: sender@example.com
            To: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <taro@example.jp>
            Subject: =?UTF-8?B?5Lya6K2w44Gu6K2w5LqL6Yyy44Go6LOH5paZ44Gu?=
             =?UTF-8?B?44GU56K66KqN44KS44GK6aGY44GE44GX44G+44GZ?=
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary=xyz

            --xyz
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: base64

            6LOH5paZ44KS5re75LuY44GX44G+44GZ44CC
            --xyz
            Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;
             name*=UTF-8''%E8%B3%87%E6%96%99.xlsx
            Content-Disposition: attachment;
             filename*0*=UTF-8''%E4%BC%9A%E8%AD%B0%E3%81%AE;
             filename*1*=%E8%B3%87%E6%96%99.xlsx
            Content-Transfer-Encoding: base64

            UEsDBA==
            --xyz--
            """
        let message = try strictlyParsed(crlf(source))
        #expect(message.values("Subject") == ["会議の議事録と資料のご確認をお願いします"])
        #expect(message.addresses("To") == [StrictAddress(displayName: "山田太郎", address: "taro@example.jp")])
        #expect(message.textBody == "資料を添付します。")
        let attachment = try #require(message.attachments.first)
        #expect(attachment.filename == "会議の資料.xlsx")
        #expect(attachment.parameters["name"] == "資料.xlsx")
        #expect(attachment.content == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(message.htmlBody == nil)
    }

    @Test func firstViolationWinsAndIsPrecise() {
        let source =
            "From: a@example.com\nTo: b@example.com\nMIME-Version: 1.0\n"
            + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=UTF-8\n"
            + "Content-Transfer-Encoding: quoted-printable\n\nok line\nbad=zz\n--b--\n"
        expectViolation(crlf(source), mentioning: "line 11", "quoted-printable body of part 1")
    }
}
