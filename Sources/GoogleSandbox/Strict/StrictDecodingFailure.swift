/// A rule broken inside one field or one encoded run of text, before the caller adds where
/// (line, header, part) to make it a `StrictMessageViolation`.
struct StrictDecodingFailure: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
