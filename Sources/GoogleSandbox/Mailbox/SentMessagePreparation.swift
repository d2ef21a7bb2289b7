import Foundation

/// What Gmail does to a message it sends before storing it (reference section 6): a
/// `Message-ID` (`<…@mail.gmail.com>`) and a `Date` when absent, a `From` of the account's
/// address when absent, and a From that is neither the account nor a send-as alias silently
/// rewritten to the account's address. Fields the fake adds go first in the header section, as
/// trace fields do; everything else keeps its bytes.
enum SentMessagePreparation {
    static func prepare(
        _ raw: Data, message: StrictMessage, accountAddress: String, aliases: Set<String>, now: Date
    ) -> Data {
        var added: [String] = []
        if message.values("Date").isEmpty { added.append("Date: " + rfc5322Date(now)) }
        if message.values("Message-ID").isEmpty {
            added.append("Message-ID: <CA" + RandomToken.urlSafe(count: 40) + "@mail.gmail.com>")
        }
        var bytes = [UInt8](raw)
        let from = message.addresses("From")
        if from.isEmpty {
            added.append("From: " + accountAddress)
        } else {
            let allowed = aliases.union([accountAddress.lowercased()])
            if !from.allSatisfy({ allowed.contains($0.address.lowercased()) }) {
                bytes = replacingField("From", in: bytes, with: "From: " + accountAddress)
            }
        }
        let prefix = added.map { $0 + "\r\n" }.joined()
        return Data(prefix.utf8) + Data(bytes)
    }

    /// RFC 5322 3.3, in UTC.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, d MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    /// The top-level header section with the first field of this name (and its folded
    /// continuation lines) replaced by `line`. The message has passed the strict parser, so
    /// every line ends in CRLF and the section ends at the first empty line.
    private static func replacingField(_ name: String, in bytes: [UInt8], with line: String) -> [UInt8] {
        let lowered = Array((name.lowercased() + ":").utf8)
        var start = 0
        var fieldStart: Int?
        var fieldEnd: Int?
        while start < bytes.count {
            let end = nextLineStart(in: bytes, from: start)
            let content = bytes[start..<end]
            if content.first == 0x0D { break }  // the empty line
            let isContinuation = content.first == 0x20 || content.first == 0x09
            if fieldStart != nil, fieldEnd == nil, !isContinuation { fieldEnd = start }
            if fieldStart == nil, content.count >= lowered.count,
                content.prefix(lowered.count).map({ $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }) == lowered
            {
                fieldStart = start
            }
            start = end
        }
        guard let fieldStart else { return bytes }
        let replacedEnd = fieldEnd ?? start
        return Array(bytes[..<fieldStart]) + Array((line + "\r\n").utf8) + Array(bytes[replacedEnd...])
    }

    private static func nextLineStart(in bytes: [UInt8], from start: Int) -> Int {
        guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return bytes.count }
        return newline + 1
    }
}
