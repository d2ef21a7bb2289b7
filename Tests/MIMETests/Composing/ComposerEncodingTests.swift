import Foundation
import Testing

@testable import MIME

/// The encoders the composer is built from, with known answers.
@Suite("Composer encodings")
struct ComposerEncodingTests {
    private func qp(_ text: String) -> String {
        String(decoding: QuotedPrintableEncoder.encode(CanonicalLineEnds.utf8WithCRLF(text)), as: UTF8.self)
    }

    @Test func quotedPrintableEscapesEqualsAndEndsWithASoftBreak() {
        #expect(qp("a=b") == "a=3Db=\r\n")
        #expect(qp("line\n") == "line\r\n")
        #expect(qp("") == "=\r\n")
    }

    @Test func quotedPrintableEncodesSpaceBeforeALineEnd() {
        #expect(qp("a \nb\t") == "a=20\r\nb=09=\r\n")
        #expect(qp("a b") == "a b=\r\n")
    }

    @Test func quotedPrintableKeepsLinesWithin76AndNeverSplitsAnEscape() {
        let text = String(repeating: "é", count: 60) + String(repeating: "x", count: 200)
        let encoded = qp(text)
        let lines = encoded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 76 })
        // A soft break never sits inside =XX: every = is followed by two hex digits or ends the line.
        for line in lines {
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "=") {
                #expect(index == bytes.count - 1 || index + 2 < bytes.count)
            }
        }
    }

    @Test func lineEndsBecomeCRLF() {
        #expect(CanonicalLineEnds.utf8WithCRLF("a\nb\rc\r\nd") == Array("a\r\nb\r\nc\r\nd".utf8))
    }

    @Test func encodedWordsHoldWholeScalarsWithin75Characters() throws {
        let text = String(repeating: "😀", count: 30)
        var rest = Substring(text).unicodeScalars[...]
        var decoded = ""
        while !rest.isEmpty {
            let (word, remaining) = try #require(EncodedWordWriter.longestWord(from: rest, width: 75))
            #expect(word.utf8.count <= 75)
            decoded += EncodedWords.decode(word)
            rest = remaining
        }
        #expect(decoded == text)
        #expect(EncodedWordWriter.longestWord(from: Substring("😀").unicodeScalars[...], width: 19) == nil)
    }

    @Test func plainSubjectIsFoldedAtSpaces() {
        let subject = (1...30).map { "word\($0)" }.joined(separator: " ")
        let field = UnstructuredHeaderEncoding.field("Subject", subject)
        let lines = field.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(field.replacingOccurrences(of: "\r\n", with: "") == "Subject: " + subject)
    }

    @Test func subjectsThatWouldNotSurviveAreEncoded() {
        for subject in ["Grüße aus Köln", "=?UTF-8?B?abc?= literal", " leading", "two  spaces", "報告書"] {
            let field = UnstructuredHeaderEncoding.field("Subject", subject)
            #expect(field.hasPrefix("Subject: =?UTF-8?B?"), "\(subject)")
            let value = field.dropFirst("Subject:".count).replacingOccurrences(of: "\r\n", with: "")
            #expect(EncodedWords.decode(String(value.dropFirst())) == subject)
        }
    }

    @Test func longCJKSubjectFitsEveryLine() {
        let subject = String(repeating: "会議の議事録と来週の予定について", count: 8)
        let field = UnstructuredHeaderEncoding.field("Subject", subject)
        let lines = field.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(lines.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
    }

    @Test func displayNamesAreAtomsQuotedOrEncoded() {
        func field(_ name: String) -> String {
            AddressHeaderEncoding.field(
                "To", [OutgoingMailbox(displayName: name, localPart: "a", domain: "example.com")])
        }
        #expect(field("Alice Smith") == "To: Alice Smith <a@example.com>\r\n")
        #expect(field("Smith, Alice") == "To: \"Smith, Alice\" <a@example.com>\r\n")
        #expect(field("Say \"hi\"") == "To: \"Say \\\"hi\\\"\" <a@example.com>\r\n")
        #expect(field("Анна") == "To: =?UTF-8?B?0JDQvdC90LA=?= <a@example.com>\r\n")
    }

    @Test func addressListsFoldBetweenMailboxes() {
        let mailboxes = (1...12).map {
            OutgoingMailbox(displayName: "Person \($0)", localPart: "person\($0)", domain: "example.com")
        }
        let field = AddressHeaderEncoding.field("Cc", mailboxes)
        let lines = field.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(field.contains("<person1@example.com>,"))
        #expect(!field.contains("<person12@example.com>,"))
    }

    @Test func plainFilenamesAreQuotedOthersUseRFC2231() {
        #expect(ParameterEncoding.words(name: "filename", value: "report.pdf") == ["filename=\"report.pdf\""])
        #expect(
            ParameterEncoding.words(name: "filename", value: "отчёт.pdf")
                == ["filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf"])
        let long = ParameterEncoding.words(name: "filename", value: String(repeating: "データ", count: 12) + ".csv")
        #expect(long.count > 1)
        #expect(long[0].hasPrefix("filename*0*=UTF-8''"))
        #expect(long[1].hasPrefix("filename*1*="))
        #expect(long.allSatisfy { $0.utf8.count <= 76 })
    }

    @Test func mediaTypesAreCheckedAndKeepTheirParameters() throws {
        #expect(
            try MediaTypeSyntax.words("Text/CSV; charset=utf-8", attachment: "a.csv") == ["text/csv", "charset=utf-8"])
        #expect(try MediaTypeSyntax.words("application/pdf", attachment: "a.pdf") == ["application/pdf"])
        for bad in ["pdf", "application/", "text/plain\r\nBcc: x@y.z", "text/plain; charset", "a/b c"] {
            #expect(throws: ComposeError.self, "\(bad)") { try MediaTypeSyntax.words(bad, attachment: "f") }
        }
    }

    @Test func messageIDsAreNormalized() {
        #expect(MessageIDSyntax.normalized("abc@mail.gmail.com") == "<abc@mail.gmail.com>")
        #expect(MessageIDSyntax.normalized(" <abc@x> ") == "<abc@x>")
        #expect(MessageIDSyntax.normalized("no-at-sign") == nil)
        #expect(MessageIDSyntax.normalized("<a@b>\r\nBcc: c@d") == nil)
        #expect(MessageIDSyntax.all(in: "<a@b>  junk <c@d>\r\n <e@f>") == ["<a@b>", "<c@d>", "<e@f>"])
    }

    @Test func datesAreRFC5322() {
        #expect(MailDate.format(Date(timeIntervalSince1970: 0)) == "Thu, 1 Jan 1970 00:00:00 +0000")
    }
}
