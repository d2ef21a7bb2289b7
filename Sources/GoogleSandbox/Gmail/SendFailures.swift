/// The refusals of `users.messages.send` (reference section 2.5). Texts marked observed are
/// Google's; the others are the fake's own and say so.
extension GmailFailure {
    /// Observed, with reason `invalidArgument` (older responses said `badRequest`).
    static let rawRequired = GmailFailure(
        code: 400, message: "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
        reason: "invalidArgument", status: "INVALID_ARGUMENT")

    /// Observed: no To, Cc or Bcc mailbox.
    static let recipientRequired = GmailFailure(
        code: 400, message: "Recipient address required", reason: "invalidArgument", status: "INVALID_ARGUMENT")

    /// Observed for To (`Invalid To header`); Cc and Bcc by analogy.
    static func invalidRecipientHeader(_ name: String) -> GmailFailure {
        GmailFailure(
            code: 400, message: "Invalid \(name) header", reason: "invalidArgument", status: "INVALID_ARGUMENT")
    }

    /// The fake's own: Gmail accepts much sloppier mail, but the fake holds what the product
    /// sends to the standards and says which rule broke, so that tests see why.
    static func invalidMessage(_ violation: StrictMessageViolation) -> GmailFailure {
        GmailFailure(
            code: 400, message: "Invalid RFC 5322 message: \(violation.reason)", reason: "invalidArgument",
            status: "INVALID_ARGUMENT")
    }

    /// Google's JSON front end: `Invalid JSON payload received. …`, reason `invalid`, with the
    /// same text in a BadRequest field violation (observed on other googleapis.com APIs).
    static func invalidJSON(_ detail: String) -> GmailFailure {
        let message = "Invalid JSON payload received. \(detail)"
        return GmailFailure(
            code: 400, message: message, reason: "invalid", status: "INVALID_ARGUMENT",
            details: [
                .object([
                    ("@type", .string("type.googleapis.com/google.rpc.BadRequest")),
                    ("fieldViolations", .array([.object([("description", .string(message))])])),
                ])
            ])
    }

    /// A `raw` that is not base64 (wording modelled on Google's bytes-field errors).
    static func invalidRaw(_ excerpt: String) -> GmailFailure {
        GmailFailure(
            code: 400,
            message: "Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding failed for \"\(excerpt)\"",
            reason: "invalid", status: "INVALID_ARGUMENT")
    }

    static func invalidMessageField(_ field: String, type: String) -> GmailFailure {
        GmailFailure(
            code: 400, message: "Invalid value at 'message.\(field)' (\(type))", reason: "invalid",
            status: "INVALID_ARGUMENT")
    }

    /// A JSON body over the front end's limit. Observed: 413 "Request Entity Too Large" near
    /// 6.5 MiB; the reason and status here are the fake's.
    static let requestEntityTooLarge = GmailFailure(
        code: 413, message: "Request Entity Too Large", reason: "badRequest", status: "INVALID_ARGUMENT")

    /// An upload over the discovery document's `maxSize` (wording the fake's).
    static func mediaTooLarge(size: Int, limit: Int) -> GmailFailure {
        GmailFailure(
            code: 413, message: "Media larger than the limit: \(size) bytes, maximum \(limit) bytes",
            reason: "uploadTooLarge", status: "INVALID_ARGUMENT")
    }

    /// An upload whose media is not `message/*` (Google's upload wording, reason `badContent`).
    static func unsupportedMediaType(_ type: String) -> GmailFailure {
        GmailFailure(
            code: 400, message: "Media type '\(type)' is not supported. Valid media types: [message/*]",
            reason: "badContent", status: "INVALID_ARGUMENT")
    }

    /// Observed on Google's upload endpoints.
    static let wrongURLForUpload = GmailFailure(
        code: 400,
        message: "Upload requests must include an uploadType URL parameter and a URL path beginning with /upload/",
        reason: "wrongUrlForUpload", status: "INVALID_ARGUMENT")

    /// An `uploadType` the fake does not serve, resumable included (wording the fake's).
    static func unsupportedUploadType(_ value: String) -> GmailFailure {
        GmailFailure(
            code: 400, message: "Invalid uploadType \"\(value)\": this endpoint takes media or multipart",
            reason: "badRequest", status: "INVALID_ARGUMENT", location: ("uploadType", "parameter"))
    }

    /// A multipart upload the fake cannot read (wording the fake's).
    static func invalidMultipartUpload(_ detail: String) -> GmailFailure {
        GmailFailure(
            code: 400, message: "Invalid multipart upload: \(detail)", reason: "badRequest", status: "INVALID_ARGUMENT")
    }
}
