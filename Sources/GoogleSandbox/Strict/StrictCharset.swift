/// The charsets the strict parser decodes, exactly and without fallbacks: text that does
/// not decode in its declared charset is a violation, not something to guess at.
enum StrictCharset {
    case utf8, usASCII, latin1

    /// Case-insensitive IANA names and common aliases; an RFC 2231 language suffix
    /// (`UTF-8*en`) is ignored. nil for any other charset.
    init?(name: String) {
        var lowered = name.lowercased()
        if let star = lowered.firstIndex(of: "*") { lowered = String(lowered[..<star]) }
        switch lowered {
        case "utf-8", "utf8": self = .utf8
        case "us-ascii", "ascii", "ansi_x3.4-1968": self = .usASCII
        case "iso-8859-1", "iso_8859-1", "iso8859-1", "latin1", "l1": self = .latin1
        default: return nil
        }
    }

    static let supportedNames = "UTF-8, US-ASCII and ISO-8859-1"

    /// nil when the bytes are not valid in this charset.
    func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .usASCII:
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        case .latin1:
            // Every octet is the code point of the same number.
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
            return String(scalars)
        }
    }
}
