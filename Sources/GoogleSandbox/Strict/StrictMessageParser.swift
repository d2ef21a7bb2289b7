import Foundation

/// A strict RFC 5322 / MIME reader, independent of the product's composer and of the fake's
/// forgiving `MIMEParser`: it accepts only standards-exact mail and names the first rule a
/// message breaks. The fake checks every message sent to it with this, and the product's tests
/// parse what its composer builds with it.
///
/// Obsolete syntax (RFC 5322 section 4) is refused, since a composer must not produce it.
/// Supported charsets are UTF-8, US-ASCII and ISO-8859-1; others are reported as unsupported.
public enum StrictMessageParser {
    public static func parse(_ raw: Data) throws(StrictMessageViolation) -> StrictMessage {
        let bytes = [UInt8](raw)
        let lines = try StrictLines.split(bytes)
        var parser = StrictEntityParser(bytes: bytes, lines: lines)
        let entity = try parser.parseEntity(
            StrictSpan(lines: 0..<lines.count, dropsFinalLineBreak: false), location: .message, depth: 0,
            isMessage: true, defaultType: "text/plain")
        return StrictMessage(
            headers: entity.part.headers, root: entity.part, longestLine: lines.map(\.length).max() ?? 0,
            longestHeaderLine: parser.longestHeaderLine, longestEncodedWord: parser.longestEncodedWord,
            addressLists: entity.addressLists, messageIDLists: entity.messageIDLists)
    }
}
