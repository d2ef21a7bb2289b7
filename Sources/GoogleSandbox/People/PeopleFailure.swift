import LoopbackHTTPServer

/// A People route's refusal, in Google's nested error shape (reference section 3), with
/// ErrorInfo naming `people.googleapis.com`. Wording is Google's where the reference or the
/// Gmail routes have it on record, ours (and said so) elsewhere.
typealias PeopleFailure = APIRefusal

extension APIRefusal {
    private static let peopleService = "people.googleapis.com"

    static func missingCredentials(method: PeopleMethod) -> APIRefusal {
        .missingCredentials(service: peopleService, method: method.rpcName)
    }

    static func insufficientScopes(method: PeopleMethod) -> APIRefusal {
        insufficientScopes(method: method, accepted: method.acceptedScopes)
    }

    static func insufficientScopes(method: PeopleMethod, accepted: [String]) -> APIRefusal {
        .insufficientScopes(service: peopleService, method: method.rpcName, accepted: accepted)
    }

    /// A bad or missing argument (wording per call site; Google's generic shape).
    static func invalidArgument(_ message: String) -> APIRefusal {
        APIRefusal(code: 400, message: message, reason: "badRequest", status: "INVALID_ARGUMENT")
    }
}
