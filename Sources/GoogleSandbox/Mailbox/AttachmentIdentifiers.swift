import Foundation

/// Attachment ids that say themselves which part of which message they stand for, so that an
/// id one sandbox process handed out opens the part in any later one (the contract's promise
/// for sessionless clients, which start a server per call); no table remembers them.
///
/// Shaped like Gmail's: `ANGjdJ`, then unpadded base64url of at least 172 bytes (230
/// characters, the length of the ids Gmail hands out):
/// - 12 bytes of nonce, fresh on every fetch, so ids change between fetches as Gmail's do;
/// - the rest scrambled (`AttachmentScrambler`): version 1, the message id's length (2 bytes,
///   big-endian) and UTF-8 bytes, the part id's length and bytes likewise, zero bytes up to
///   `minimumPlainLength` (ids of very deep parts come out longer), then the 8-byte tag of all
///   that.
/// An id that does not decode, whose tag does not match, or that is not in canonical form,
/// names nothing.
enum AttachmentIdentifiers {
    static let prefix = "ANGjdJ"
    private static let version: UInt8 = 1
    private static let nonceLength = 12
    /// 12 + 152 + 8 = 172 bytes, 230 characters.
    private static let minimumPlainLength = 152

    static func issue(messageId: String, partId: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let nonce = (0..<nonceLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return issue(messageId: messageId, partId: partId, nonce: nonce)
    }

    static func issue(messageId: String, partId: String, nonce: [UInt8]) -> String {
        var plain = [version]
        for field in [messageId, partId] {
            let bytes = Array(field.utf8.prefix(Int(UInt16.max)))
            plain += [UInt8(truncatingIfNeeded: bytes.count >> 8), UInt8(truncatingIfNeeded: bytes.count)] + bytes
        }
        plain += [UInt8](repeating: 0, count: max(0, minimumPlainLength - plain.count))
        let sealed = plain + AttachmentScrambler.tag(of: plain, nonce: nonce)
        return prefix + Base64URL.unpadded(Data(nonce + AttachmentScrambler.scramble(sealed, nonce: nonce)))
    }

    /// The message and part an id names; nil when it is not one this fake issued.
    static func resolve(_ attachmentId: String) -> (messageId: String, partId: String)? {
        guard attachmentId.hasPrefix(prefix),
            let data = Base64URL.decoded(unpadded: String(attachmentId.dropFirst(prefix.count)))
        else { return nil }
        let bytes = [UInt8](data)
        guard bytes.count >= nonceLength + minimumPlainLength + AttachmentScrambler.tagLength else { return nil }
        let nonce = Array(bytes[..<nonceLength])
        let sealed = AttachmentScrambler.scramble(Array(bytes[nonceLength...]), nonce: nonce)
        let plain = Array(sealed.dropLast(AttachmentScrambler.tagLength))
        guard AttachmentScrambler.tag(of: plain, nonce: nonce) == Array(sealed.suffix(AttachmentScrambler.tagLength)),
            plain.first == version
        else { return nil }
        var reader = plain.dropFirst()
        guard let messageId = field(from: &reader), let partId = field(from: &reader),
            reader.allSatisfy({ $0 == 0 })
        else { return nil }
        return (messageId, partId)
    }

    /// A two-byte length and that many UTF-8 bytes, taken off the front of `bytes`.
    private static func field(from bytes: inout ArraySlice<UInt8>) -> String? {
        guard let high = bytes.popFirst(), let low = bytes.popFirst() else { return nil }
        let length = Int(high) << 8 | Int(low)
        guard bytes.count >= length else { return nil }
        let text = String(decoding: bytes.prefix(length), as: UTF8.self)
        bytes = bytes.dropFirst(length)
        return text
    }
}
