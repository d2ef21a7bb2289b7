import Foundation

/// Japanese and Chinese mail in the charsets it is still sent in.

extension SeedEntry {
    /// Shift_JIS, base64, subject B-encoded in Shift_JIS.
    static let shiftJis = SeedEntry(
        key: "shift-jis", daysAgo: 90, labelIds: ["INBOX", "Label_1"],
        expectedSubject: "会議のお知らせ",
        expectedBodyText: "山田さん\n\nこんにちは。明日の会議は午後三時からです。\n\n佐藤\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Sato <sato@example.jp>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?SHIFT_JIS?B?ie+LY4LMgqiSbYLngrk=?=",
                "Date: Tue, 6 Feb 2024 10:00:00 +0900",
                "Message-ID: <sjis-1@example.jp>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=Shift_JIS",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.shiftJisBody),
        ])
    )

    /// ISO-2022-JP in 7bit (escape sequences switch the character set), as Japanese mail
    /// traditionally is.
    static let iso2022Jp = SeedEntry(
        key: "iso-2022-jp", daysAgo: 110, labelIds: ["INBOX"],
        expectedSubject: "お元気ですか",
        expectedBodyText: "サムさん\n\nお元気ですか？東京は桜が満開です。\n\n田中\n",
        source: MailSource.join([
            MailSource.lines(
                "From: =?ISO-2022-JP?B?GyRCRURDZhsoQg==?= <tanaka@example.jp>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?ISO-2022-JP?B?GyRCJCo4NTUkJEckOSQrGyhC?=",
                "Date: Fri, 17 Jan 2024 10:00:00 +0900",
                "Message-ID: <jis-1@example.jp>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=ISO-2022-JP",
                "Content-Transfer-Encoding: 7bit",
                ""
            ),
            // "サムさん…" in ISO-2022-JP (ESC $ B … ESC ( B)
            [
                0x1B, 0x24, 0x42, 0x25, 0x35, 0x25, 0x60, 0x24, 0x35, 0x24, 0x73, 0x1B, 0x28, 0x42,
                0x0D, 0x0A, 0x0D, 0x0A, 0x1B, 0x24, 0x42, 0x24, 0x2A, 0x38, 0x35, 0x35, 0x24, 0x24,
                0x47, 0x24, 0x39, 0x24, 0x2B, 0x21, 0x29, 0x45, 0x6C, 0x35, 0x7E, 0x24, 0x4F, 0x3A,
                0x79, 0x24, 0x2C, 0x4B, 0x7E, 0x33, 0x2B, 0x24, 0x47, 0x24, 0x39, 0x21, 0x23, 0x1B,
                0x28, 0x42, 0x0D, 0x0A, 0x0D, 0x0A, 0x1B, 0x24, 0x42, 0x45, 0x44, 0x43, 0x66, 0x1B,
                0x28, 0x42, 0x0D, 0x0A,
            ],
        ])
    )

    /// GB2312, base64.
    static let gb2312 = SeedEntry(
        key: "gb2312", daysAgo: 130, labelIds: ["INBOX"],
        expectedSubject: "你好，世界",
        expectedBodyText: "萨姆你好：\n\n下周的会议改到星期三。\n\n王伟\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Wang Wei <wangwei@example.cn>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?GB2312?B?xOO6w6OsysC95w==?=",
                "Date: Sat, 28 Dec 2023 10:00:00 +0800",
                "Message-ID: <gb-1@example.cn>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=GB2312",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.gb2312Body),
        ])
    )

    /// Big5, base64.
    static let big5 = SeedEntry(
        key: "big5", daysAgo: 150, labelIds: ["INBOX"],
        expectedSubject: "繁體中文測試",
        expectedBodyText: "山姆您好：\n\n這是一封繁體中文的測試郵件。\n\n陳先生\n",
        source: MailSource.join([
            MailSource.lines(
                "From: Chen <chen@example.tw>",
                "To: Sam Sandbox <sandbox.user@example.com>",
                "Subject: =?Big5?B?wWPF6aSkpOW0+rjV?=",
                "Date: Fri, 8 Dec 2023 10:00:00 +0800",
                "Message-ID: <big5-1@example.tw>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=Big5",
                "Content-Transfer-Encoding: base64",
                ""
            ),
            MailSource.base64(Self.big5Body),
        ])
    )

    /// 山田さん… (encoded as the message declares)
    static let shiftJisBody: [UInt8] = [
        0x8E, 0x52, 0x93, 0x63, 0x82, 0xB3, 0x82, 0xF1, 0x0D, 0x0A, 0x0D, 0x0A, 0x82, 0xB1,
        0x82, 0xF1, 0x82, 0xC9, 0x82, 0xBF, 0x82, 0xCD, 0x81, 0x42, 0x96, 0xBE, 0x93, 0xFA,
        0x82, 0xCC, 0x89, 0xEF, 0x8B, 0x63, 0x82, 0xCD, 0x8C, 0xDF, 0x8C, 0xE3, 0x8E, 0x4F,
        0x8E, 0x9E, 0x82, 0xA9, 0x82, 0xE7, 0x82, 0xC5, 0x82, 0xB7, 0x81, 0x42, 0x0D, 0x0A,
        0x0D, 0x0A, 0x8D, 0xB2, 0x93, 0xA1, 0x0D, 0x0A,
    ]

    /// 萨姆你好：… (encoded as the message declares)
    static let gb2312Body: [UInt8] = [
        0xC8, 0xF8, 0xC4, 0xB7, 0xC4, 0xE3, 0xBA, 0xC3, 0xA3, 0xBA, 0x0D, 0x0A, 0x0D, 0x0A,
        0xCF, 0xC2, 0xD6, 0xDC, 0xB5, 0xC4, 0xBB, 0xE1, 0xD2, 0xE9, 0xB8, 0xC4, 0xB5, 0xBD,
        0xD0, 0xC7, 0xC6, 0xDA, 0xC8, 0xFD, 0xA1, 0xA3, 0x0D, 0x0A, 0x0D, 0x0A, 0xCD, 0xF5,
        0xCE, 0xB0, 0x0D, 0x0A,
    ]

    /// 山姆您好：… (encoded as the message declares)
    static let big5Body: [UInt8] = [
        0xA4, 0x73, 0xA9, 0x69, 0xB1, 0x7A, 0xA6, 0x6E, 0xA1, 0x47, 0x0D, 0x0A, 0x0D, 0x0A,
        0xB3, 0x6F, 0xAC, 0x4F, 0xA4, 0x40, 0xAB, 0xCA, 0xC1, 0x63, 0xC5, 0xE9, 0xA4, 0xA4,
        0xA4, 0xE5, 0xAA, 0xBA, 0xB4, 0xFA, 0xB8, 0xD5, 0xB6, 0x6C, 0xA5, 0xF3, 0xA1, 0x43,
        0x0D, 0x0A, 0x0D, 0x0A, 0xB3, 0xAF, 0xA5, 0xFD, 0xA5, 0xCD, 0x0D, 0x0A,
    ]
}
