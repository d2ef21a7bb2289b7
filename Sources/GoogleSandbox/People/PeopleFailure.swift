import LoopbackHTTPServer

/// A People route's refusal, in Google's nested error shape (reference section 3), with
/// ErrorInfo naming `people.googleapis.com`. Wording is Google's where the reference or the
/// Gmail routes have it on record, ours (and said so) elsewhere.
struct PeopleFailure: Error {
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

    /// No token at all: the same body as Gmail's, but for the People service.
    static func missingCredentials(method: PeopleMethod) -> PeopleFailure {
        PeopleFailure(
            code: 401,
            message:
                "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
            reason: "required", status: "UNAUTHENTICATED", itemMessage: "Login Required.",
            location: ("Authorization", "header"),
            details: [errorInfo(reason: "CREDENTIALS_MISSING", method: method)],
            headers: [HeaderField(name: "WWW-Authenticate", value: realm)])
    }

    /// An unknown, expired or revoked token (reference section 3).
    static let invalidCredentials = PeopleFailure(
        code: 401,
        message:
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
        reason: "authError", status: "UNAUTHENTICATED", itemMessage: "Invalid Credentials",
        location: ("Authorization", "header"),
        headers: [HeaderField(name: "WWW-Authenticate", value: realm + ", error=\"invalid_token\"")])

    /// The token holds none of the scopes the method accepts; the header names those scopes,
    /// which is how a client learns which one to ask for.
    static func insufficientScopes(method: PeopleMethod) -> PeopleFailure {
        insufficientScopes(method: method, accepted: method.acceptedScopes)
    }

    static func insufficientScopes(method: PeopleMethod, accepted: [String]) -> PeopleFailure {
        PeopleFailure(
            code: 403, message: "Request had insufficient authentication scopes.",
            reason: "insufficientPermissions", status: "PERMISSION_DENIED", itemMessage: "Insufficient Permission",
            details: [errorInfo(reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT", method: method)],
            headers: [
                HeaderField(
                    name: "WWW-Authenticate",
                    value: realm + ", error=\"insufficient_scope\", scope=\"" + accepted.joined(separator: " ") + "\"")
            ])
    }

    /// A bad or missing argument (wording per call site; Google's generic shape).
    static func invalidArgument(_ message: String) -> PeopleFailure {
        PeopleFailure(code: 400, message: message, reason: "badRequest", status: "INVALID_ARGUMENT")
    }

    /// A parameter that does not parse as its type, in the front end's words (as for Gmail).
    static func invalidParameter(field: String, type: String, value: String) -> PeopleFailure {
        PeopleFailure(
            code: 400, message: "Invalid value at '\(field)' (\(type)), \"\(value)\"", reason: "invalid",
            status: "INVALID_ARGUMENT", location: (field, "parameter"))
    }

    private static func errorInfo(reason: String, method: PeopleMethod) -> GoogleJSON {
        .object([
            ("@type", .string("type.googleapis.com/google.rpc.ErrorInfo")),
            ("reason", .string(reason)),
            ("domain", .string("googleapis.com")),
            (
                "metadata",
                .object([
                    ("service", .string("people.googleapis.com")),
                    ("method", .string(method.rpcName)),
                ])
            ),
        ])
    }
}
