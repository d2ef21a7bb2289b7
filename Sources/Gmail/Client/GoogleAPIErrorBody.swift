import Foundation

/// Google's error JSON for every googleapis.com API: `{"error": {code, message, errors[],
/// status, details[]}}`. Every member but the object itself is optional, so it is read
/// defensively; a body that is not this shape (an HTML proxy page, garbage) reads as nil.
struct GoogleAPIErrorBody: Decodable, Sendable {
    struct Inner: Decodable, Sendable {
        var code: Int?
        var message: String?
        var status: String?
        var errors: [Item]?
        var details: [Detail]?
    }

    struct Item: Decodable, Sendable {
        var reason: String?
        var message: String?
        var domain: String?
    }

    struct Detail: Decodable, Sendable {
        var reason: String?
    }

    var error: Inner

    static func parse(_ body: Data) -> Inner? {
        try? JSONDecoder().decode(GoogleAPIErrorBody.self, from: body).error
    }
}

extension GoogleAPIErrorBody.Inner {
    /// `errors[].reason` and ErrorInfo `details[].reason`, in that order.
    var reasons: [String] {
        (errors ?? []).compactMap(\.reason) + (details ?? []).compactMap(\.reason)
    }
}
