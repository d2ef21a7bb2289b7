import LoopbackHTTPServer

/// The refusals every Google API gives before it looks at a request (no token, a bad token, a
/// missing scope), the same on Gmail and People except for the service and method that
/// ErrorInfo names. Each API's failure type wraps these.
struct AdmissionRefusal {
    let code: Int
    let message: String
    let reason: String
    let status: String
    let itemMessage: String
    let location: (name: String, type: String)?
    let details: [GoogleJSON]
    let headers: [HeaderField]

    private static let realm = "Bearer realm=\"https://accounts.google.com/\""

    /// No token at all (observed: "Login Required." with ErrorInfo CREDENTIALS_MISSING).
    static func missingCredentials(service: String, method: String) -> AdmissionRefusal {
        AdmissionRefusal(
            code: 401,
            message:
                "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
            reason: "required", status: "UNAUTHENTICATED", itemMessage: "Login Required.",
            location: ("Authorization", "header"),
            details: [errorInfo(reason: "CREDENTIALS_MISSING", service: service, method: method)],
            headers: [HeaderField(name: "WWW-Authenticate", value: realm)])
    }

    /// An unknown, expired or revoked token (reference section 3).
    static let invalidCredentials = AdmissionRefusal(
        code: 401,
        message:
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
        reason: "authError", status: "UNAUTHENTICATED", itemMessage: "Invalid Credentials",
        location: ("Authorization", "header"), details: [],
        headers: [HeaderField(name: "WWW-Authenticate", value: realm + ", error=\"invalid_token\"")])

    /// The token holds none of the scopes the method accepts; the header names those scopes,
    /// which is how a client learns which one to ask for.
    static func insufficientScopes(service: String, method: String, accepted: [String]) -> AdmissionRefusal {
        AdmissionRefusal(
            code: 403, message: "Request had insufficient authentication scopes.",
            reason: "insufficientPermissions", status: "PERMISSION_DENIED", itemMessage: "Insufficient Permission",
            location: nil,
            details: [errorInfo(reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT", service: service, method: method)],
            headers: [
                HeaderField(
                    name: "WWW-Authenticate",
                    value: realm + ", error=\"insufficient_scope\", scope=\"" + accepted.joined(separator: " ") + "\"")
            ])
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
