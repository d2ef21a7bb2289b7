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

    private static let service = "gmail.googleapis.com"

    static func missingCredentials(method: GmailMethod) -> GmailFailure {
        GmailFailure(.missingCredentials(service: service, method: rpcMethod(method)))
    }

    static let invalidCredentials = GmailFailure(.invalidCredentials)

    static func insufficientScopes(method: GmailMethod) -> GmailFailure {
        GmailFailure(
            .insufficientScopes(service: service, method: rpcMethod(method), accepted: method.acceptedScopes))
    }

    private static func rpcMethod(_ method: GmailMethod) -> String {
        "caribou.api.proto.MailboxService.\(method.rpcName)"
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
}
