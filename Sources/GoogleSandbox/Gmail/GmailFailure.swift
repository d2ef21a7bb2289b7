import LoopbackHTTPServer

/// A Gmail route's refusal, in Google's nested error shape (reference section 3). Texts marked
/// observed there are kept verbatim; the others are ours and say so.
struct GmailFailure: Error {
    let code: Int
    let message: String
    let reason: String
    let status: String
    var itemMessage: String?
    var location: (name: String, type: String)?
    var details: [GoogleJSON] = []
    var headers: [HeaderField] = []

    var response: HTTPServerResponse {
        GoogleErrorResponses.api(
            code: code, message: message, reason: reason, status: status, itemMessage: itemMessage,
            location: location, details: details, extraHeaders: headers)
    }

    private static let realm = "Bearer realm=\"https://accounts.google.com/\""

    /// No token at all (observed: "Login Required." with ErrorInfo CREDENTIALS_MISSING).
    static func missingCredentials(method: GmailMethod) -> GmailFailure {
        GmailFailure(
            code: 401,
            message:
                "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
            reason: "required", status: "UNAUTHENTICATED", itemMessage: "Login Required.",
            location: ("Authorization", "header"),
            details: [errorInfo(reason: "CREDENTIALS_MISSING", method: method)],
            headers: [HeaderField(name: "WWW-Authenticate", value: realm)])
    }

    /// An unknown, expired or revoked token (reference section 3).
    static let invalidCredentials = GmailFailure(
        code: 401,
        message:
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
        reason: "authError", status: "UNAUTHENTICATED", itemMessage: "Invalid Credentials",
        location: ("Authorization", "header"),
        headers: [HeaderField(name: "WWW-Authenticate", value: realm + ", error=\"invalid_token\"")])

    /// The token holds none of the scopes the method accepts.
    static func insufficientScopes(method: GmailMethod) -> GmailFailure {
        GmailFailure(
            code: 403, message: "Request had insufficient authentication scopes.",
            reason: "insufficientPermissions", status: "PERMISSION_DENIED", itemMessage: "Insufficient Permission",
            details: [errorInfo(reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT", method: method)],
            headers: [
                HeaderField(
                    name: "WWW-Authenticate",
                    value: realm + ", error=\"insufficient_scope\", scope=\""
                        + method.acceptedScopes.joined(separator: " ") + "\"")
            ])
    }

    /// A `userId` other than `me` or the account's own address (observed wording).
    static func delegationDenied(accountAddress: String) -> GmailFailure {
        GmailFailure(
            code: 403, message: "Delegation denied for \(accountAddress)", reason: "forbidden",
            status: "PERMISSION_DENIED")
    }

    static let metadataScopeForbidsQuery = GmailFailure(
        code: 403, message: "Metadata scope does not support 'q' parameter", reason: "forbidden",
        status: "PERMISSION_DENIED")

    /// `format` is `FULL` or `RAW` (observed for FULL; RAW by analogy).
    static func metadataScopeForbidsFormat(_ format: String) -> GmailFailure {
        GmailFailure(
            code: 403, message: "Metadata scope doesn't allow format \(format.uppercased())", reason: "forbidden",
            status: "PERMISSION_DENIED")
    }

    static let invalidID = GmailFailure(
        code: 400, message: "Invalid id value", reason: "invalidArgument", status: "INVALID_ARGUMENT")

    static let notFound = GmailFailure(
        code: 404, message: "Requested entity was not found.", reason: "notFound", status: "NOT_FOUND")

    /// A parameter that does not parse as its type. Google's front end names the proto field
    /// and type like this; the exact text per field is ours.
    static func invalidParameter(field: String, type: String, value: String) -> GmailFailure {
        GmailFailure(
            code: 400, message: "Invalid value at '\(field)' (\(type)), \"\(value)\"", reason: "invalid",
            status: "INVALID_ARGUMENT", location: (field, "parameter"))
    }

    /// A page token the fake did not issue (wording ours; Gmail's is not on record).
    static let invalidPageToken = GmailFailure(
        code: 400, message: "Invalid pageToken", reason: "invalidArgument", status: "INVALID_ARGUMENT")

    private static func errorInfo(reason: String, method: GmailMethod) -> GoogleJSON {
        .object([
            ("@type", .string("type.googleapis.com/google.rpc.ErrorInfo")),
            ("reason", .string(reason)),
            ("domain", .string("googleapis.com")),
            (
                "metadata",
                .object([
                    ("service", .string("gmail.googleapis.com")),
                    ("method", .string("caribou.api.proto.MailboxService.\(method.rpcName)")),
                ])
            ),
        ])
    }
}
