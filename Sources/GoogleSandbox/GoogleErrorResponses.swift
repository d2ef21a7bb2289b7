import LoopbackHTTPServer

/// Google's two error shapes: the OAuth token endpoint puts a string in `error`, every
/// googleapis.com API nests an object under it. Clients must tell them apart, so the fake must
/// produce both exactly.
enum GoogleErrorResponses {
    /// `{"error": "<code>", "error_description": "<text>"}` from the token endpoint.
    static func oauth(
        status: Int, error: String, description: String, extraHeaders: [HeaderField] = []
    ) -> HTTPServerResponse {
        let body = GoogleJSON.object([
            ("error", .string(error)),
            ("error_description", .string(description)),
        ])
        return TokenEndpointHeaders.response(status: status, body: body, extraHeaders: extraHeaders)
    }

    /// `{"error": {"code", "message", "errors": [...], "status", "details"?}}` from an API.
    /// `itemMessage` is the text inside `errors[]` when Google words it differently from the
    /// top-level message (401s do); `location` names the offending header or parameter.
    static func api(
        code: Int, message: String, reason: String, domain: String = "global", status: String,
        itemMessage: String? = nil, location: (name: String, type: String)? = nil, details: [GoogleJSON] = [],
        extraHeaders: [HeaderField] = []
    ) -> HTTPServerResponse {
        var item: [(String, GoogleJSON)] = [
            ("message", .string(itemMessage ?? message)),
            ("domain", .string(domain)),
            ("reason", .string(reason)),
        ]
        if let location {
            item += [("location", .string(location.name)), ("locationType", .string(location.type))]
        }
        var error: [(String, GoogleJSON)] = [
            ("code", .integer(code)),
            ("message", .string(message)),
            ("errors", .array([.object(item)])),
            ("status", .string(status)),
        ]
        if !details.isEmpty { error.append(("details", .array(details))) }
        return HTTPServerResponse(
            status: code,
            headers: [
                HeaderField(name: "Content-Type", value: "application/json; charset=UTF-8"),
                HeaderField(name: "Vary", value: "Origin, X-Origin, Referer"),
            ] + extraHeaders,
            body: GoogleJSON.object([("error", .object(error))]).rendered()
        )
    }

    /// What Google's front end answers for a path no API serves.
    static func unknownRoute(path: String) -> HTTPServerResponse {
        api(
            code: 404, message: "The requested URL \(path) was not found on this server.",
            reason: "notFound",
            status: "NOT_FOUND")
    }
}
