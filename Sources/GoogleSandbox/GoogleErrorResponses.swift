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

    /// `{"error": {"code", "message", "errors": [...], "status"}}` from an API.
    static func api(
        code: Int, message: String, reason: String, domain: String = "global", status: String,
        extraHeaders: [HeaderField] = []
    ) -> HTTPServerResponse {
        let body = GoogleJSON.object([
            (
                "error",
                .object([
                    ("code", .integer(code)),
                    ("message", .string(message)),
                    (
                        "errors",
                        .array([
                            .object([
                                ("message", .string(message)),
                                ("domain", .string(domain)),
                                ("reason", .string(reason)),
                            ])
                        ])
                    ),
                    ("status", .string(status)),
                ])
            )
        ])
        return HTTPServerResponse(
            status: code,
            headers: [
                HeaderField(name: "Content-Type", value: "application/json; charset=UTF-8"),
                HeaderField(name: "Vary", value: "Origin, X-Origin, Referer"),
            ] + extraHeaders,
            body: body.rendered()
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
