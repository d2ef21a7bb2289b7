import Foundation

/// A request as the handler sees it: the head exactly as received, and the body with any
/// chunked framing already removed.
public struct HTTPServerRequest: Sendable {
    public let method: String
    /// The raw request-target, e.g. `/token?a=1`.
    public let target: String
    /// The target without its query, still percent-encoded.
    public let path: String
    /// Query items, form-decoded, in order, repeats kept.
    public let query: [HeaderField]
    /// Header fields in the order received, with their original case.
    public let headers: [HeaderField]
    public let body: Data
    /// 1-based, in the order the server accepted connections.
    public let connectionID: Int

    /// Public so that a route can be unit-tested without a socket; the server builds requests
    /// through the same initializer.
    public init(
        method: String, target: String, headers: [HeaderField] = [], body: Data = Data(),
        connectionID: Int = 0
    ) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.connectionID = connectionID
        let pathAndQuery = Self.originForm(of: target)
        if let questionMark = pathAndQuery.firstIndex(of: "?") {
            path = String(pathAndQuery[..<questionMark])
            query = FormURLEncoding.decodePairs(pathAndQuery[pathAndQuery.index(after: questionMark)...])
        } else {
            path = String(pathAndQuery)
            query = []
        }
    }

    /// Case-insensitive, first match.
    public func header(_ name: String) -> String? {
        headers.firstValue(named: name)
    }

    /// Every value of a repeated query parameter, e.g. Gmail's `labelIds=INBOX&labelIds=UNREAD`.
    public func queryValues(_ name: String) -> [String] {
        query.filter { $0.name == name }.map(\.value)
    }

    /// The body parsed as `application/x-www-form-urlencoded`, whatever the Content-Type says,
    /// so that a route can report a missing parameter rather than a confusing type error.
    public func formFields() -> [HeaderField] {
        FormURLEncoding.decodePairs(Substring(String(decoding: body, as: UTF8.self)))
    }

    /// Strips the scheme and authority of an absolute-form target (`http://host/p?q`), which a
    /// client talking to a proxy sends; origin-form and `*` pass through unchanged.
    private static func originForm(of target: String) -> Substring {
        guard let schemeEnd = target.range(of: "://"), !target.hasPrefix("/") else {
            return Substring(target)
        }
        let afterScheme = target[schemeEnd.upperBound...]
        guard let pathStart = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) else {
            return "/"
        }
        let rest = afterScheme[pathStart...]
        return rest.hasPrefix("?") ? Substring("/" + rest) : rest
    }
}
