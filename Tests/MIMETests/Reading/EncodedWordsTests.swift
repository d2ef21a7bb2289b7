import Testing

@testable import MIME

@Suite("EncodedWords (RFC 2047)")
struct EncodedWordsTests {
    @Test func base64Words() {
        #expect(EncodedWords.decode("=?UTF-8?B?R3LDvMOfZQ==?=") == "Grüße")
        #expect(EncodedWords.decode("=?utf-8?b?R3LDvMOfZQ?=") == "Grüße")  // lowercase, unpadded
        #expect(EncodedWords.decode("=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=") == "日本語")
    }

    @Test func quotedPrintableWords() {
        #expect(EncodedWords.decode("=?ISO-8859-1?Q?Gr=FC=DFe_aus_Berlin?=") == "Grüße aus Berlin")
        #expect(EncodedWords.decode("=?utf-8?q?caf=c3=a9?=") == "café")  // lowercase hex
        #expect(EncodedWords.decode("=?utf-8?Q?50=25_off_=3D_deal?=") == "50% off = deal")
    }

    @Test func mixedWithPlainText() {
        #expect(
            EncodedWords.decode("Re: =?utf-8?q?caf=C3=A9?= and =?iso-8859-1?b?R3L832U=?= today")
                == "Re: café and Grüße today")
        #expect(EncodedWords.decode("Hello =?utf-8?q?W=C3=B6rld?=!") == "Hello Wörld!")
    }

    @Test func multibyteCharacterSplitAcrossWords() {
        #expect(EncodedWords.decode("=?UTF-8?B?4oI=?= =?UTF-8?B?rA==?=") == "\u{20AC}")
        #expect(EncodedWords.decode("=?utf-8?q?=E2=82?= =?UTF-8?Q?=AC_ok?=") == "\u{20AC} ok")
        #expect(EncodedWords.decode("=?utf-8?B?4oI=?= =?utf-8?Q?=AC?=") == "\u{20AC}")  // B then Q, same charset
    }

    @Test func whitespaceBetweenAdjacentWordsIsRemoved() {
        #expect(EncodedWords.decode("=?utf-8?q?a?= =?utf-8?q?b?=") == "ab")
        #expect(EncodedWords.decode("=?utf-8?q?a?=  \t =?utf-8?q?b?=") == "ab")
        #expect(EncodedWords.decode("=?utf-8?q?a?=\r\n =?utf-8?q?b?=") == "ab")
        #expect(EncodedWords.decode("=?iso-8859-1?q?=FC?= =?utf-8?q?=C3=BC?=") == "üü")
    }

    @Test func whitespaceNextToPlainTextIsKept() {
        #expect(EncodedWords.decode("=?utf-8?q?a?= b =?utf-8?q?c?=") == "a b c")
        #expect(EncodedWords.decode("=?utf-8?q?a_?= b") == "a  b")
    }

    @Test(arguments: [
        "=?utf-8?X?abc?=",  // unknown encoding
        "=?utf-8?B?***?=",  // not base64
        "=?utf-8?Q?abc",  // unterminated
        "=?utf-8?Q?a b?=",  // whitespace inside
        "=??Q?abc?=",  // no charset
        "=?utf-8?Q?",  // truncated
        "price =? 5",
    ])
    func malformedWordsStayAsWritten(_ value: String) {
        #expect(EncodedWords.decode(value) == value)
    }

    @Test func languageSuffixIsIgnored() {
        #expect(EncodedWords.decode("=?UTF-8*en?Q?Hello_World?=") == "Hello World")
        #expect(EncodedWords.decode("=?iso-8859-1*de?q?Gr=FC=DFe?=") == "Grüße")
    }

    @Test func unknownOrLyingCharsetStillDecodes() {
        #expect(EncodedWords.decode("=?x-unknown?q?caf=C3=A9?=") == "café")
        #expect(EncodedWords.decode("=?us-ascii?q?caf=C3=A9?=") == "café")
        #expect(EncodedWords.decode("=?utf-8?q?caf=E9?=") == "café")
    }

    @Test func wordsInAddressesAndQuotedStrings() {
        #expect(
            EncodedWords.decode("=?UTF-8?B?0J/RgNC40LLQtdGCINC80LjRgA==?= <anna@example.com>")
                == "Привет мир <anna@example.com>")
        #expect(EncodedWords.decode("\"=?utf-8?q?M=C3=BCller?=\" <m@x.de>") == "\"Müller\" <m@x.de>")
        #expect(EncodedWords.decode("Re:=?utf-8?q?caf=C3=A9?=") == "Re:café")
    }

    @Test func unfoldsPlainValues() {
        #expect(EncodedWords.decode("Hello\r\n World") == "Hello World")
        #expect(EncodedWords.decode("a\r\n\tb") == "a\tb")
        #expect(EncodedWords.decode("a\n b") == "a b")
        #expect(EncodedWords.decode("no folding here") == "no folding here")
    }
}
