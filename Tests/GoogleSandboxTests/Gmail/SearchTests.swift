import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail search (q)")
struct SearchTests {
    /// Runs each query against one seeded fake and compares the matches with catalogue keys.
    private func expectMatches(
        _ cases: [(query: String, keys: [String])], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        for (query, keys) in cases {
            let found = Set(try await client.search(query))
            let expected = SandboxSeed.ids(keys)
            let names = Dictionary(uniqueKeysWithValues: SandboxSeed.seededMessages.map { ($0.id, $0.key) })
            #expect(
                found == expected, "q=\(query): got \(found.map { names[$0] ?? $0 }.sorted())",
                sourceLocation: sourceLocation)
        }
    }

    private let sent = ["reply-sent", "lunch-reply", "offsite-agenda"]
    /// Drafts are messages too, listed like the rest.
    private let drafts = ["draft-ideas", "draft-chart-reply", "draft-unicode-subject", "draft-attachment"]

    @Test func senderAndRecipientOperators() async throws {
        try await expectMatches([
            ("from:alice", ["plain-ascii"]),
            ("from:alice@example.com", ["plain-ascii"]),
            ("FROM:Alice", ["plain-ascii"]),
            ("from:bob", []),  // Bob is only on Cc
            ("to:bob", ["plain-ascii"]),  // to: covers Cc…
            ("cc:bob", ["plain-ascii"]),
            ("to:boss@example.com", ["reply-sent"]),  // …and Bcc
            ("cc:boss", []),
            ("bcc:boss", ["reply-sent"]),
            ("to:alice", ["reply-sent"]),
            ("from:me", sent + drafts),
            ("from:sandbox.user@example.com", sent + drafts),
            ("to:team@example.com", ["offsite-agenda"]),
            (
                "from:example.de",
                [
                    "utf8-quoted-printable", "folded-encoded-subject", "latin9-euro", "rfc2231-filename",
                    "rfc2231-continuation",
                ]
            ),
        ])
    }

    @Test func encodedHeadersAreSearchedDecoded() async throws {
        try await expectMatches([
            ("subject:Grüße", ["utf8-quoted-printable"]),
            ("subject:grusse", ["utf8-quoted-printable"]),  // case and accents folded, ß as ss
            ("subject:\"aus Köln\"", ["utf8-quoted-printable"]),
            ("subject:\"Köln aus\"", []),
            ("subject:Jürgen", []),  // only in From and body
            ("from:Jürgen", ["utf8-quoted-printable"]),
            ("from:muller", ["utf8-quoted-printable"]),
            ("from:Иван", ["koi8-r"]),
            ("subject:Москвы", ["koi8-r"]),
            ("subject:(Betreffzeile Text)", ["folded-encoded-subject"]),
            ("subject:(Betreffzeile Kuchen)", []),
            ("subject:\"Umlauten äöü und\"", ["folded-encoded-subject"]),
            ("subject:Отчёт", ["rfc2047-name"]),
            ("subject:Rechnung", ["latin9-euro"]),
            ("subject:“Smart", ["windows-1252-quotes"]),
            ("subject:お元気ですか", ["iso-2022-jp"]),
            ("subject:会議", ["shift-jis"]),
            ("subject:世界", ["gb2312"]),
            ("subject:繁體", ["big5"]),
        ])
    }

    @Test func wordsAndPhrasesInDecodedBodies() async throws {
        try await expectMatches([
            ("quarterly", ["plain-ascii", "reply-sent"]),
            ("QUARTERLY report", ["plain-ascii", "reply-sent"]),
            ("\"ready for review\"", ["plain-ascii", "reply-sent"]),
            ("\"review ready\"", []),
            ("repo", []),  // whole words only
            ("Привет", ["koi8-r"]),
            ("привет", ["koi8-r"]),
            ("こんにちは", ["shift-jis"]),
            ("東京", ["iso-2022-jp"]),
            ("会议", ["gb2312"]),
            ("測試", ["big5"]),
            ("Καλημέρα", ["utf16-bom"]),
            ("UTF-16BE", ["utf16be-no-bom"]),
            ("Zażółć", ["latin2"]),
            ("zazolc", ["latin2"]),
            ("žluťoučký", ["windows-1250-qp"]),
            ("curly", ["windows-1252-quotes"]),
            ("fünfundzwanzig", ["latin9-euro"]),
            ("façade", ["lying-utf8"]),
            ("Ünïcödé", ["lying-ascii"]),
            ("déjà", ["unknown-charset"]),
            ("bakery", ["html-only"]),
            ("Jerry", ["html-only"]),
            ("alert", []),  // script content is not text
            ("harbour", ["forwarded-message"]),  // inside the forwarded message
            ("Weichen Zeilenumbruch", ["utf8-quoted-printable"]),  // across a soft line break
        ])
    }

    @Test func flagsLabelsAndCategories() async throws {
        let fillerUnread = [5, 10, 15, 20, 25].map { "filler-\($0)" }
        let travel = [4, 8, 12, 16, 20, 24, 28].map { "filler-\($0)" }
        try await expectMatches([
            ("is:unread", ["plain-ascii", "koi8-r"] + fillerUnread),
            ("is:starred", ["utf8-quoted-printable"]),
            ("is:important", ["plain-ascii", "deep-nesting"]),
            ("is:unread is:important", ["plain-ascii"]),
            ("label:work", ["plain-ascii", "chart-png", "shift-jis"]),
            ("label:Label_1", ["plain-ascii", "chart-png", "shift-jis"]),
            ("label:RECEIPTS", ["latin9-euro", "invoice-pdf", "tiny-csv"]),
            ("label:travel-bookings", travel),
            ("label:starred", ["utf8-quoted-printable"]),
            ("label:no-such-label", []),
            ("in:sent", sent),
            ("in:drafts", drafts),
            ("in:inbox is:starred", ["utf8-quoted-printable"]),
            ("category:social", []),
            ("has:userlabels is:unread", ["plain-ascii", "filler-20"]),
        ])
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        let read = Set(try await client.search("is:read"))
        let unread = Set(try await client.search("is:unread"))
        #expect(read.count + unread.count == 66 && read.isDisjoint(with: unread))
    }

    @Test func attachmentsAndFilenames() async throws {
        let withAttachments = [
            "invoice-pdf", "chart-png", "rfc2231-filename", "rfc2231-continuation", "rfc2047-name", "tiny-csv",
            "attachment-without-name", "related-inline-image", "pgp-signed", "forwarded-message", "deep-nesting",
            "draft-attachment",
        ]
        try await expectMatches([
            ("has:attachment", withAttachments),
            ("has:attachment label:receipts", ["invoice-pdf", "tiny-csv"]),
            ("filename:pdf", ["invoice-pdf", "rfc2231-filename"]),
            ("filename:invoice-2024-001.pdf", ["invoice-pdf"]),
            ("filename:übersicht", ["rfc2231-filename"]),
            ("filename:zip", ["deep-nesting"]),
            ("filename:docx", ["rfc2047-name"]),
            ("filename:exe", []),
        ])
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        #expect(try await client.search("-has:attachment").count == 66 - withAttachments.count)
    }

    @Test func datesAgesAndSizes() async throws {
        let recent = ["plain-ascii", "reply-sent", "utf8-quoted-printable", "draft-ideas"]
        let utc = TimeZone(identifier: "UTC")!
        func day(_ daysAgo: Double, separator: String) -> String {
            let date = Date().addingTimeInterval(-daysAgo * 86_400)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = utc
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return [parts.year!, parts.month!, parts.day!].map { String(format: "%02d", $0) }.joined(
                separator: separator)
        }
        let threeAndAHalfDaysAgo = Int(Date().timeIntervalSince1970 - 3.5 * 86_400)
        try await expectMatches([
            ("newer_than:3d", recent),
            ("after:\(threeAndAHalfDaysAgo)", recent),
            ("after:\(day(7, separator: "/"))", recent + ["lunch-question", "lunch-reply"]),
            ("newer:\(day(7, separator: "-"))", recent + ["lunch-question", "lunch-reply"]),
            ("older_than:1y", (13...28).map { "filler-\($0)" }),
            ("before:\(day(507, separator: "/"))", (19...28).map { "filler-\($0)" }),
            ("older_than:20m", (24...28).map { "filler-\($0)" }),
            ("after:\(day(507, separator: "/")) before:\(day(550, separator: "/"))", []),
            ("older_than:3d newer_than:5d", ["lunch-question", "lunch-reply"]),
            ("after:2024/13/45", []),  // not a date: nothing matches
            ("larger:10M", []),
        ])
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        #expect(try await client.search("smaller:10M").count == 66)
    }

    @Test func booleanStructure() async throws {
        try await expectMatches([
            ("from:carol OR from:alice", ["plain-ascii", "lunch-question"]),
            ("from:carol | subject:2024-001", ["lunch-question", "invoice-pdf"]),
            ("{from:carol subject:2024-001}", ["lunch-question", "invoice-pdf"]),
            ("subject:invoice", ["invoice-pdf", "windows-1252-quotes"]),
            ("(from:carol OR from:alice) lunch", ["lunch-question"]),
            ("quarterly -from:me", ["plain-ascii"]),
            ("-in:inbox", sent + drafts),
            ("-(from:me OR in:inbox)", []),
            ("lunch AND friday", ["lunch-question", "lunch-reply"]),
            ("lunch or friday", []),  // lowercase `or` is a word Gmail looks for
            ("rfc822msgid:<report-1@example.com>", ["plain-ascii"]),
            ("rfc822msgid:report-1@example.com", ["plain-ascii"]),
        ])
    }

    @Test func unparseableQueriesAreForgiven() async throws {
        try await expectMatches([
            ("((from:alice", ["plain-ascii"]),
            (")from:alice(", ["plain-ascii"]),
            ("\"ready for review", ["plain-ascii", "reply-sent"]),
            ("frobnicate:alice", []),  // unknown operator: searched as the words "frobnicate alice"
            ("is:frobnicated quarterly", []),
            ("!!! from:alice", ["plain-ascii"]),
        ])
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        #expect(try await client.search("").count == 66)
        #expect(try await client.search("OR").count == 66)
        #expect(try await client.get("/gmail/v1/users/me/messages?q=" + percentEncoded("((\"{-")).status == 200)
    }

    @Test func spamAndTrashNamedInAQueryAreIncluded() async throws {
        try await expectMatches([
            ("prize", []),
            ("in:spam", ["spam-prize"]),
            ("label:trash", ["trash-prize-draw"]),
            ("prize in:anywhere", ["spam-prize", "trash-prize-draw"]),
            ("prize -in:spam", []),  // a negated mention does not include them
        ])
    }
}
