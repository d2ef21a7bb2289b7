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

    init(
        code: Int, message: String, reason: String, status: String, itemMessage: String? = nil,
        location: (name: String, type: String)? = nil, details: [GoogleJSON] = [], headers: [HeaderField] = []
    ) {
        self.code = code
        self.message = message
        self.reason = reason
        self.status = status
        self.itemMessage = itemMessage
        self.location = location
        self.details = details
        self.headers = headers
    }

    init(_ refusal: AdmissionRefusal) {
        self.init(
            code: refusal.code, message: refusal.message, reason: refusal.reason, status: refusal.status,
            itemMessage: refusal.itemMessage, location: refusal.location, details: refusal.details,
            headers: refusal.headers)
    }

    private static let service = "people.googleapis.com"

    static func missingCredentials(method: PeopleMethod) -> PeopleFailure {
        PeopleFailure(.missingCredentials(service: service, method: method.rpcName))
    }

    static let invalidCredentials = PeopleFailure(.invalidCredentials)

    static func insufficientScopes(method: PeopleMethod) -> PeopleFailure {
        insufficientScopes(method: method, accepted: method.acceptedScopes)
    }

    static func insufficientScopes(method: PeopleMethod, accepted: [String]) -> PeopleFailure {
        PeopleFailure(.insufficientScopes(service: service, method: method.rpcName, accepted: accepted))
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
}
