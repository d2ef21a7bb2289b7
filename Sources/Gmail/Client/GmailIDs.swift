/// What a Gmail id can look like, checked before any call so that a model's made-up id costs no
/// quota and a path trick (`../`) never reaches a URL.
enum GmailIDs {
    /// Message and thread ids are the hex form of a 64-bit number, e.g. `18c9a1b2c3d4e5f6`.
    static func isMessageID(_ id: String) -> Bool {
        (1...16).contains(id.count) && id.allSatisfy(\.isHexDigit)
    }

    /// Attachment ids are long opaque URL-safe strings.
    static func isAttachmentID(_ id: String) -> Bool {
        (1...8192).contains(id.count)
            && id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSetASCII.urlSafe.contains($0)) }
    }
}

private enum CharacterSetASCII {
    static let urlSafe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".unicodeScalars)
}
