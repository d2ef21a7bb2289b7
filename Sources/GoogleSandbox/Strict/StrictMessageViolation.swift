/// The first rule a message breaks, said so that a person can fix the composer: which line,
/// header or part, and which rule (RFC 5322, 2045–2047, 2183 or 2231).
public struct StrictMessageViolation: Error, CustomStringConvertible, Sendable {
    public let reason: String
    /// The header field the violation is in, when it is in one (`To`, `Content-Type`…), so
    /// that the fake can answer Gmail's `Invalid To header` for a bad recipient list.
    public let headerName: String?

    init(_ reason: String, header: String? = nil) {
        self.reason = reason
        headerName = header
    }

    public var description: String { reason }
}
