/// One header field of a message or body part, in source order and case.
public struct StrictHeader: Sendable {
    public let name: String
    /// Unfolded (line breaks removed, the whitespace after them kept) and trimmed, otherwise
    /// exactly as sent.
    public let rawValue: String
    /// With RFC 2047 encoded words decoded where they may occur: the whole of an unstructured
    /// field, the display names of an address field. Structured fields keep their raw value.
    public let decodedValue: String
    /// The 1-based line the field starts on, counted over the whole message.
    public let line: Int
}
