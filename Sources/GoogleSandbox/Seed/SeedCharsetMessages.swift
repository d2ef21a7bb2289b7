import Foundation

/// Text in legacy and mislabelled charsets: each body decodes to its expected text only
/// through the declared charset (or, where the label lies, through the usual fallbacks).

extension SeedEntry {
    /// ISO-8859-1 in 8bit, subject Q-encoded in Latin-1.
    static let latin1 = SeedEntry(
        key: "latin1", daysAgo: 9, labelIds: ["INBOX"],
        expectedSubject: "Café crème à Paris",
        expectedBodyText:
            "Bonjour Sam,\n\nÇa te dit un café crème à Paris ? Le garçon a été très aimable.\n\nFrançois\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Francois Dupont <francois@example.fr>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?ISO-8859-1?Q?Caf=E9_cr=E8me_=E0_Paris?=",
                "Date: Sun, 28 Apr 2024 09:00:00 +0200",
                "Message-ID: <latin1-1@example.fr>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=ISO-8859-1",
                "Content-Transfer-Encoding: 8bit",
                ""
            ),
            // "Bonjour Sam,…" in latin-1
            [
                0x42, 0x6F, 0x6E, 0x6A, 0x6F, 0x75, 0x72, 0x20, 0x53, 0x61, 0x6D, 0x2C, 0x0D, 0x0A,
                0x0D, 0x0A, 0xC7, 0x61, 0x20, 0x74, 0x65, 0x20, 0x64, 0x69, 0x74, 0x20, 0x75, 0x6E,
                0x20, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x20, 0xE0, 0x20,
                0x50, 0x61, 0x72, 0x69, 0x73, 0x20, 0x3F, 0x20, 0x4C, 0x65, 0x20, 0x67, 0x61, 0x72,
                0xE7, 0x6F, 0x6E, 0x20, 0x61, 0x20, 0xE9, 0x74, 0xE9, 0x20, 0x74, 0x72, 0xE8, 0x73,
                0x20, 0x61, 0x69, 0x6D, 0x61, 0x62, 0x6C, 0x65, 0x2E, 0x0D, 0x0A, 0x0D, 0x0A, 0x46,
                0x72, 0x61, 0x6E, 0xE7, 0x6F, 0x69, 0x73, 0x0D, 0x0A,
            ],
        ])
    )

    /// ISO-8859-2 (Polish) in 8bit.
    static let latin2 = SeedEntry(
        key: "latin2", daysAgo: 15, labelIds: ["INBOX"],
        expectedSubject: "Zażółć gęślą jaźń",
        expectedBodyText: "Cześć Sam,\n\nZażółć gęślą jaźń. Łódź i Kraków czekają.\n\nPiotr\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Piotr Nowak <piotr@example.pl>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?ISO-8859-2?Q?Za=BF=F3=B3=E6_g=EA=B6l=B1_ja=BC=F1?=",
                "Date: Mon, 22 Apr 2024 10:00:00 +0200",
                "Message-ID: <latin2-1@example.pl>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=ISO-8859-2",
                "Content-Transfer-Encoding: 8bit",
                ""
            ),
            // "Cześć Sam,…" in iso8859_2
            [
                0x43, 0x7A, 0x65, 0xB6, 0xE6, 0x20, 0x53, 0x61, 0x6D, 0x2C, 0x0D, 0x0A, 0x0D, 0x0A,
                0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0xE6, 0x20, 0x67, 0xEA, 0xB6, 0x6C, 0xB1, 0x20, 0x6A,
                0x61, 0xBC, 0xF1, 0x2E, 0x20, 0xA3, 0xF3, 0x64, 0xBC, 0x20, 0x69, 0x20, 0x4B, 0x72,
                0x61, 0x6B, 0xF3, 0x77, 0x20, 0x63, 0x7A, 0x65, 0x6B, 0x61, 0x6A, 0xB1, 0x2E, 0x0D,
                0x0A, 0x0D, 0x0A, 0x50, 0x69, 0x6F, 0x74, 0x72, 0x0D, 0x0A,
            ],
        ])
    )

    /// ISO-8859-15, where 0xA4 is the euro sign (in Latin-1 it is ¤).
    static let latin9Euro = SeedEntry(
        key: "latin9-euro", daysAgo: 30, labelIds: ["INBOX", "Label_2"],
        expectedSubject: "Rechnung über 25 €",
        expectedBodyText:
            "Guten Tag,\n\ndie Rechnung beträgt 25 € (fünfundzwanzig Euro).\n\nMit freundlichen Grüßen\nDie Buchhaltung\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Buchhaltung <rechnung@example.de>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?ISO-8859-15?Q?Rechnung_=FCber_25_=A4?=",
                "Date: Sun, 7 Apr 2024 10:00:00 +0200",
                "Message-ID: <latin9-1@example.de>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=ISO-8859-15",
                "Content-Transfer-Encoding: 8bit",
                ""
            ),
            // "Guten Tag,…" in iso8859_15
            [
                0x47, 0x75, 0x74, 0x65, 0x6E, 0x20, 0x54, 0x61, 0x67, 0x2C, 0x0D, 0x0A, 0x0D, 0x0A,
                0x64, 0x69, 0x65, 0x20, 0x52, 0x65, 0x63, 0x68, 0x6E, 0x75, 0x6E, 0x67, 0x20, 0x62,
                0x65, 0x74, 0x72, 0xE4, 0x67, 0x74, 0x20, 0x32, 0x35, 0x20, 0xA4, 0x20, 0x28, 0x66,
                0xFC, 0x6E, 0x66, 0x75, 0x6E, 0x64, 0x7A, 0x77, 0x61, 0x6E, 0x7A, 0x69, 0x67, 0x20,
                0x45, 0x75, 0x72, 0x6F, 0x29, 0x2E, 0x0D, 0x0A, 0x0D, 0x0A, 0x4D, 0x69, 0x74, 0x20,
                0x66, 0x72, 0x65, 0x75, 0x6E, 0x64, 0x6C, 0x69, 0x63, 0x68, 0x65, 0x6E, 0x20, 0x47,
                0x72, 0xFC, 0xDF, 0x65, 0x6E, 0x0D, 0x0A, 0x44, 0x69, 0x65, 0x20, 0x42, 0x75, 0x63,
                0x68, 0x68, 0x61, 0x6C, 0x74, 0x75, 0x6E, 0x67, 0x0D, 0x0A,
            ],
        ])
    )

    /// windows-1250 (Czech), quoted-printable.
    static let windows1250Qp = SeedEntry(
        key: "windows-1250-qp", daysAgo: 45, labelIds: ["INBOX"],
        expectedSubject: "Příliš žluťoučký kůň",
        expectedBodyText: "Ahoj Sam,\n\nPříliš žluťoučký kůň úpěl ďábelské ódy.\n\nJana\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Jana Novakova <jana@example.cz>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?windows-1250?Q?P=F8=EDli=9A_=9Elu=9Dou=E8k=FD_k=F9=F2?=",
                "Date: Fri, 22 Mar 2024 10:00:00 +0100",
                "Message-ID: <cp1250-1@example.cz>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=windows-1250",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "Ahoj Sam,",
                "",
                "P=F8=EDli=9A =9Elu=9Dou=E8k=FD k=F9=F2 =FAp=ECl =EF=E1belsk=E9 =F3dy.",
                "",
                "Jana"
            )
        ])
    )

    /// windows-1252: curly quotes 0x93/0x94, en dash 0x96, euro 0x80, ellipsis 0x85.
    static let windows1252Quotes = SeedEntry(
        key: "windows-1252-quotes", daysAgo: 60, labelIds: ["INBOX"],
        expectedSubject: "“Smart quotes” – invoice €5",
        expectedBodyText:
            "Hello Sam,\n\nHere are “curly quotes”, an en dash – and the price: €5 … that’s all.\n\nBill\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Bill Smith <bill@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?windows-1252?Q?=93Smart_quotes=94_=96_invoice_=805?=",
                "Date: Thu, 7 Mar 2024 10:00:00 -0500",
                "Message-ID: <cp1252-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=windows-1252",
                "Content-Transfer-Encoding: 8bit",
                ""
            ),
            // "Hello Sam,…" in cp1252
            [
                0x48, 0x65, 0x6C, 0x6C, 0x6F, 0x20, 0x53, 0x61, 0x6D, 0x2C, 0x0D, 0x0A, 0x0D, 0x0A,
                0x48, 0x65, 0x72, 0x65, 0x20, 0x61, 0x72, 0x65, 0x20, 0x93, 0x63, 0x75, 0x72, 0x6C,
                0x79, 0x20, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x73, 0x94, 0x2C, 0x20, 0x61, 0x6E, 0x20,
                0x65, 0x6E, 0x20, 0x64, 0x61, 0x73, 0x68, 0x20, 0x96, 0x20, 0x61, 0x6E, 0x64, 0x20,
                0x74, 0x68, 0x65, 0x20, 0x70, 0x72, 0x69, 0x63, 0x65, 0x3A, 0x20, 0x80, 0x35, 0x20,
                0x85, 0x20, 0x74, 0x68, 0x61, 0x74, 0x92, 0x73, 0x20, 0x61, 0x6C, 0x6C, 0x2E, 0x0D,
                0x0A, 0x0D, 0x0A, 0x42, 0x69, 0x6C, 0x6C, 0x0D, 0x0A,
            ],
        ])
    )

    /// KOI8-R in 8bit; subject and sender name B-encoded in KOI8-R.
    static let koi8R = SeedEntry(
        key: "koi8-r", daysAgo: 75, labelIds: ["INBOX", "UNREAD"],
        expectedSubject: "Привет из Москвы",
        expectedBodyText: "Привет, Сэм!\n\nКак дела? Погода в Москве отличная.\n\nИван\n",
        source: MailSource.join([
            MailSource.lines(
                "From: =?KOI8-R?B?6dfBziDwxdTSz9c=?= <ivan@example.ru>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?KOI8-R?B?8NLJ18XUIMnaIO3P08vX2Q==?=",
                "Date: Wed, 21 Feb 2024 10:00:00 +0300",
                "Message-ID: <koi8-1@example.ru>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=KOI8-R",
                "Content-Transfer-Encoding: 8bit",
                ""
            ),
            // "Привет, Сэм!…" in koi8_r
            [
                0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xF3, 0xDC, 0xCD, 0x21, 0x0D, 0x0A,
                0x0D, 0x0A, 0xEB, 0xC1, 0xCB, 0x20, 0xC4, 0xC5, 0xCC, 0xC1, 0x3F, 0x20, 0xF0, 0xCF,
                0xC7, 0xCF, 0xC4, 0xC1, 0x20, 0xD7, 0x20, 0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC5, 0x20,
                0xCF, 0xD4, 0xCC, 0xC9, 0xDE, 0xCE, 0xC1, 0xD1, 0x2E, 0x0D, 0x0A, 0x0D, 0x0A, 0xE9,
                0xD7, 0xC1, 0xCE, 0x0D, 0x0A,
            ],
        ])
    )

    /// UTF-16 little-endian behind a BOM (FF FE), base64: the charset says only "utf-16".
    static let utf16Bom = SeedEntry(
        key: "utf16-bom", daysAgo: 170, labelIds: ["INBOX"],
        expectedSubject: "UTF-16 with BOM",
        expectedBodyText: "Καλημέρα Sam,\n\nThis body is UTF-16 with a byte order mark.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Eleni <eleni@example.gr>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: UTF-16 with BOM",
                "Date: Sat, 18 Nov 2023 10:00:00 +0200",
                "Message-ID: <utf16-1@example.gr>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-16",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.utf16BomBody),
        ])
    )

    /// UTF-16 big-endian without a BOM, labelled utf-16be, base64.
    static let utf16beNoBom = SeedEntry(
        key: "utf16be-no-bom", daysAgo: 190, labelIds: ["INBOX"],
        expectedSubject: "UTF-16BE without BOM",
        expectedBodyText: "Hej Sam,\n\nDenna text är UTF-16BE utan BOM.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Sven <sven@example.se>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: UTF-16BE without BOM",
                "Date: Sun, 29 Oct 2023 10:00:00 +0100",
                "Message-ID: <utf16-2@example.se>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-16be",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.utf16beNoBomBody),
        ])
    )

    /// A charset no decoder knows (x-unknown); the bytes are UTF-8.
    static let unknownCharset = SeedEntry(
        key: "unknown-charset", daysAgo: 210, labelIds: ["INBOX"],
        expectedSubject: "Unknown charset",
        expectedBodyText: "Naïve café owners feel déjà vu.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Nadia <nadia@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Unknown charset",
                "Date: Mon, 9 Oct 2023 10:00:00 +0000",
                "Message-ID: <unknown-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=x-unknown",
                "Content-Transfer-Encoding: 8bit",
                ""
            ),
            // "Naïve café owners feel déjà vu.…" in utf-8
            [
                0x4E, 0x61, 0xC3, 0xAF, 0x76, 0x65, 0x20, 0x63, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0x6F,
                0x77, 0x6E, 0x65, 0x72, 0x73, 0x20, 0x66, 0x65, 0x65, 0x6C, 0x20, 0x64, 0xC3, 0xA9,
                0x6A, 0xC3, 0xA0, 0x20, 0x76, 0x75, 0x2E, 0x0D, 0x0A,
            ],
        ])
    )

    /// Declares us-ascii, carries UTF-8 bytes.
    static let lyingAscii = SeedEntry(
        key: "lying-ascii", daysAgo: 230, labelIds: ["INBOX"],
        expectedSubject: "Claims ASCII",
        expectedBodyText: "Ünïcödé in a message that claims to be ASCII.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Liam <liam@example.com>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Claims ASCII",
                "Date: Tue, 19 Sep 2023 10:00:00 +0000",
                "Message-ID: <lying-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=us-ascii",
                "Content-Transfer-Encoding: 8bit",
                ""
            ),
            // "Ünïcödé in a message that claims to be ASCII.…" in utf-8
            [
                0xC3, 0x9C, 0x6E, 0xC3, 0xAF, 0x63, 0xC3, 0xB6, 0x64, 0xC3, 0xA9, 0x20, 0x69, 0x6E,
                0x20, 0x61, 0x20, 0x6D, 0x65, 0x73, 0x73, 0x61, 0x67, 0x65, 0x20, 0x74, 0x68, 0x61,
                0x74, 0x20, 0x63, 0x6C, 0x61, 0x69, 0x6D, 0x73, 0x20, 0x74, 0x6F, 0x20, 0x62, 0x65,
                0x20, 0x41, 0x53, 0x43, 0x49, 0x49, 0x2E, 0x0D, 0x0A,
            ],
        ])
    )

    /// Declares utf-8, carries ISO-8859-1 bytes (invalid as UTF-8).
    static let lyingUtf8 = SeedEntry(
        key: "lying-utf8", daysAgo: 250, labelIds: ["INBOX"],
        expectedSubject: "Claims UTF-8",
        expectedBodyText: "Señor Müller, the façade is ready.\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Lucia <lucia@example.es>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: Claims UTF-8",
                "Date: Wed, 30 Aug 2023 10:00:00 +0000",
                "Message-ID: <lying-2@example.es>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
                ""
            ),
            // "Señor Müller, the façade is ready.…" in latin-1
            [
                0x53, 0x65, 0xF1, 0x6F, 0x72, 0x20, 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x2C, 0x20,
                0x74, 0x68, 0x65, 0x20, 0x66, 0x61, 0xE7, 0x61, 0x64, 0x65, 0x20, 0x69, 0x73, 0x20,
                0x72, 0x65, 0x61, 0x64, 0x79, 0x2E, 0x0D, 0x0A,
            ],
        ])
    )

    /// Καλημέρα Sam,… (encoded as the message declares)
    static let utf16BomBody: [UInt8] = [
        0xFF, 0xFE, 0x9A, 0x03, 0xB1, 0x03, 0xBB, 0x03, 0xB7, 0x03, 0xBC, 0x03, 0xAD, 0x03,
        0xC1, 0x03, 0xB1, 0x03, 0x20, 0x00, 0x53, 0x00, 0x61, 0x00, 0x6D, 0x00, 0x2C, 0x00,
        0x0D, 0x00, 0x0A, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x54, 0x00, 0x68, 0x00, 0x69, 0x00,
        0x73, 0x00, 0x20, 0x00, 0x62, 0x00, 0x6F, 0x00, 0x64, 0x00, 0x79, 0x00, 0x20, 0x00,
        0x69, 0x00, 0x73, 0x00, 0x20, 0x00, 0x55, 0x00, 0x54, 0x00, 0x46, 0x00, 0x2D, 0x00,
        0x31, 0x00, 0x36, 0x00, 0x20, 0x00, 0x77, 0x00, 0x69, 0x00, 0x74, 0x00, 0x68, 0x00,
        0x20, 0x00, 0x61, 0x00, 0x20, 0x00, 0x62, 0x00, 0x79, 0x00, 0x74, 0x00, 0x65, 0x00,
        0x20, 0x00, 0x6F, 0x00, 0x72, 0x00, 0x64, 0x00, 0x65, 0x00, 0x72, 0x00, 0x20, 0x00,
        0x6D, 0x00, 0x61, 0x00, 0x72, 0x00, 0x6B, 0x00, 0x2E, 0x00, 0x0D, 0x00, 0x0A, 0x00,
    ]

    /// Hej Sam,… (encoded as the message declares)
    static let utf16beNoBomBody: [UInt8] = [
        0x00, 0x48, 0x00, 0x65, 0x00, 0x6A, 0x00, 0x20, 0x00, 0x53, 0x00, 0x61, 0x00, 0x6D,
        0x00, 0x2C, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x44, 0x00, 0x65,
        0x00, 0x6E, 0x00, 0x6E, 0x00, 0x61, 0x00, 0x20, 0x00, 0x74, 0x00, 0x65, 0x00, 0x78,
        0x00, 0x74, 0x00, 0x20, 0x00, 0xE4, 0x00, 0x72, 0x00, 0x20, 0x00, 0x55, 0x00, 0x54,
        0x00, 0x46, 0x00, 0x2D, 0x00, 0x31, 0x00, 0x36, 0x00, 0x42, 0x00, 0x45, 0x00, 0x20,
        0x00, 0x75, 0x00, 0x74, 0x00, 0x61, 0x00, 0x6E, 0x00, 0x20, 0x00, 0x42, 0x00, 0x4F,
        0x00, 0x4D, 0x00, 0x2E, 0x00, 0x0D, 0x00, 0x0A,
    ]
}
