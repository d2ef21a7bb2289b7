import Foundation

/// A leaf part's body on the wire, with the Content-Transfer-Encoding that produced it. Every
/// body ends in CRLF, and decodes to exactly the bytes given (see the encoders).
struct TransferEncodedBody {
    let encodingName: String
    let bytes: [UInt8]

    /// Text: quoted-printable while it stays readable, base64 when most of it would be `=XX`
    /// (CJK, Arabic, emoji), where base64 is a third smaller.
    static func text(_ text: String) -> TransferEncodedBody {
        let bytes = CanonicalLineEnds.utf8WithCRLF(text)
        let nonASCII = bytes.lazy.filter { $0 >= 0x80 }.count
        if nonASCII * 4 > bytes.count {
            return base64(Data(bytes))
        }
        return TransferEncodedBody(encodingName: "quoted-printable", bytes: QuotedPrintableEncoder.encode(bytes))
    }

    /// base64 in lines of 76 characters (RFC 2045 6.8), each ending in CRLF.
    static func base64(_ data: Data) -> TransferEncodedBody {
        var encoded = [UInt8](
            data.base64EncodedData(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        )
        encoded += [0x0D, 0x0A]
        return TransferEncodedBody(encodingName: "base64", bytes: encoded)
    }
}
