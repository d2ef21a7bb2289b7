import LoopbackHTTPServer

/// A Google API's refusal, in Google's nested error shape (reference section 3): one type for
/// the Gmail and People routes (`GmailFailure`, `PeopleFailure`), whose refusals differ only in
/// what they say, and which ErrorInfo's service and method name. Here are the ones every API gives
/// before it looks at a request (no token, a bad token, a missing scope) and the parameter
/// refusal of Google's front end; each API's own are in its extension.
struct APIRefusal: Error {
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
    static func missingCredentials(service: String, method: String) -> APIRefusal {
        APIRefusal(
            code: 401,
            message:
                "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
            reason: "required", status: "UNAUTHENTICATED", itemMessage: "Login Required.",
            location: ("Authorization", "header"),
            details: [errorInfo(reason: "CREDENTIALS_MISSING", service: service, method: method)],
            headers: [HeaderField(name: "WWW-Authenticate", value: realm)])
    }

    /// An unknown, expired or revoked token (reference section 3).
    static let invalidCredentials = APIRefusal(
        code: 401,
        message:
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
        reason: "authError", status: "UNAUTHENTICATED", itemMessage: "Invalid Credentials",
        location: ("Authorization", "header"),
        headers: [HeaderField(name: "WWW-Authenticate", value: realm + ", error=\"invalid_token\"")])

    /// The token holds none of the scopes the method accepts; the header names those scopes,
    /// which is how a client learns which one to ask for.
    static func insufficientScopes(service: String, method: String, accepted: [String]) -> APIRefusal {
        APIRefusal(
            code: 403, message: "Request had insufficient authentication scopes.",
            reason: "insufficientPermissions", status: "PERMISSION_DENIED", itemMessage: "Insufficient Permission",
            details: [errorInfo(reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT", service: service, method: method)],
            headers: [
                HeaderField(
                    name: "WWW-Authenticate",
                    value: realm + ", error=\"insufficient_scope\", scope=\"" + accepted.joined(separator: " ") + "\"")
            ])
    }

    /// A parameter that does not parse as its type. Google's front end names the proto field
    /// and type like this; the exact text per field is ours.
    static func invalidParameter(field: String, type: String, value: String) -> APIRefusal {
        APIRefusal(
            code: 400, message: "Invalid value at '\(field)' (\(type)), \"\(value)\"", reason: "invalid",
            status: "INVALID_ARGUMENT", location: (field, "parameter"))
    }

    static func errorInfo(reason: String, service: String, method: String) -> GoogleJSON {
        .object([
            ("@type", .string("type.googleapis.com/google.rpc.ErrorInfo")),
            ("reason", .string(reason)),
            ("domain", .string("googleapis.com")),
            ("metadata", .object([("service", .string(service)), ("method", .string(method))])),
        ])
    }
}
