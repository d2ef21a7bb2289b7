import Foundation

/// RFC 2047 encoded words (`=?UTF-8?B?…?=`) for header text that is not plain ASCII. Base64
/// ("B") keeps CJK, Arabic and emoji compact; every word holds whole Unicode scalars, because a
/// word must decode on its own (RFC 2047 section 5) and many readers decode word by word.
enum EncodedWordWriter {
    private static let prefix = "=?UTF-8?B?"
    private static let suffix = "?="

    /// The longest word of at most `width` characters that starts `scalars`, and what is left;
    /// nil when not even the first scalar fits.
    static func longestWord(
        from scalars: Substring.UnicodeScalarView.SubSequence, width: Int
    ) -> (String, Substring.UnicodeScalarView.SubSequence)? {
        let encodedRoom = width - prefix.utf8.count - suffix.utf8.count
        guard encodedRoom >= 4 else { return nil }
        // 4 base64 characters carry 3 bytes.
        let byteBudget = encodedRoom / 4 * 3
        var bytes: [UInt8] = []
        var end = scalars.startIndex
        while end < scalars.endIndex {
            let scalarBytes = Array(String(scalars[end]).utf8)
            guard bytes.count + scalarBytes.count <= byteBudget else { break }
            bytes += scalarBytes
            end = scalars.index(after: end)
        }
        guard !bytes.isEmpty else { return nil }
        return (prefix + Data(bytes).base64EncodedString() + suffix, scalars[end...])
    }
}
