import LoopbackHTTPServer

/// A Gmail route's refusal. Texts marked observed in the reference are kept verbatim; the
/// others are ours and say so.
typealias GmailFailure = APIRefusal

extension APIRefusal {
    private static let gmailService = "gmail.googleapis.com"

    static func missingCredentials(method: GmailMethod) -> APIRefusal {
        .missingCredentials(service: gmailService, method: gmailRPC(method))
    }

    static func insufficientScopes(method: GmailMethod) -> APIRefusal {
        .insufficientScopes(service: gmailService, method: gmailRPC(method), accepted: method.acceptedScopes)
    }

    private static func gmailRPC(_ method: GmailMethod) -> String {
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

    /// A page token the fake did not issue (wording ours; Gmail's is not on record).
    static let invalidPageToken = GmailFailure(
        code: 400, message: "Invalid pageToken", reason: "invalidArgument", status: "INVALID_ARGUMENT")
}
