/// Ordinary newsletters and notifications spread over the last two years, so that the mailbox
/// has enough messages to page through and dates for `after:`/`older_than:` to find.
enum SeedFiller {
    static let count = 28

    private static let senders = [
        ("Travel Desk", "bookings@travel.example.com", "Booking confirmation", "Travel/Bookings"),
        ("Git Hub Bot", "noreply@code.example.com", "Build report", nil),
        ("Garden Club", "club@garden.example.org", "Garden club newsletter", nil),
        ("Bank", "statements@bank.example.com", "Monthly statement", nil),
    ]

    static var entries: [SeedEntry] {
        (1...count).map { number in
            let (name, address, topic, label) = senders[number % senders.count]
            let subject = "\(topic) #\(number)"
            var labels = ["INBOX", number % 2 == 0 ? "CATEGORY_UPDATES" : "CATEGORY_PROMOTIONS"]
            if number % 5 == 0 { labels.append("UNREAD") }
            if label != nil { labels.append("Label_3") }
            let body = "Issue \(number) of \(topic.lowercased()).\n\nNothing urgent this time.\n"
            let day = 100 + number * 22
            return SeedEntry(
                key: "filler-\(number)", daysAgo: Double(day), labelIds: labels,
                expectedSubject: subject, expectedBodyText: body,
                source: MailSource.lines(
                    "From: \(name) <\(address)>",
                    "To: sandbox.user@example.com",
                    "Subject: \(subject)",
                    "Date: Mon, 1 Jan 2024 12:00:00 +0000",
                    "Message-ID: <filler-\(number)@example.com>",
                    "MIME-Version: 1.0",
                    "Content-Type: text/plain; charset=us-ascii",
                    "",
                    "Issue \(number) of \(topic.lowercased()).",
                    "",
                    "Nothing urgent this time."
                ))
        }
    }
}
