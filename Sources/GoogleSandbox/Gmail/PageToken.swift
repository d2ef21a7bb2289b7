/// A list position as an opaque run of digits, like Gmail's (`09515814369458128441`). It holds
/// the internalDate and id of the last message shown, so the next page starts right after that
/// message even when mail arrives or is deleted in between: no duplicates, no gaps. Routes read
/// it `anchored(in:)` their mailbox, so a token also pages on in a later sandbox process.
struct PageToken {
    let internalDate: Int64
    let idValue: UInt64

    private static let dateDigits = 13
    private static let idDigits = 20

    init(after message: StoredMessage) {
        internalDate = max(0, message.internalDate)
        idValue = UInt64(message.id, radix: 16) ?? 0
    }

    private init(internalDate: Int64, idValue: UInt64) {
        self.internalDate = internalDate
        self.idValue = idValue
    }

    /// The position dated as `mailbox` dates the message it names, while that message exists.
    /// Each sandbox process dates the seeded mail back from its own start, so a token from an
    /// earlier process holds slightly older dates; read as written, it would skip a message
    /// dated the same as the named one. Once the message is gone, the token's date is all
    /// there is.
    func anchored(in mailbox: Mailbox) -> PageToken {
        let digits = String(idValue, radix: 16)
        let id = String(repeating: "0", count: max(0, 16 - digits.count)) + digits
        guard let message = mailbox.message(id: id) else { return self }
        return PageToken(internalDate: max(0, message.internalDate), idValue: idValue)
    }

    init(parsing text: String) throws(GmailFailure) {
        guard text.count == Self.dateDigits + Self.idDigits, text.allSatisfy(\.isASCIIDigit),
            let date = Int64(text.prefix(Self.dateDigits)), let id = UInt64(text.suffix(Self.idDigits))
        else { throw .invalidPageToken }
        internalDate = date
        idValue = id
    }

    var text: String {
        Self.padded(String(internalDate), to: Self.dateDigits) + Self.padded(String(idValue), to: Self.idDigits)
    }

    /// Whether `message` comes after this position in newest-first order.
    func precedes(_ message: StoredMessage) -> Bool {
        let otherID = UInt64(message.id, radix: 16) ?? 0
        if message.internalDate != internalDate { return message.internalDate < internalDate }
        return otherID < idValue
    }

    private static func padded(_ digits: String, to width: Int) -> String {
        String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
