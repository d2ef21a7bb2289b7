import Foundation
import GoogleAuth
import MCP

/// `gmail_refresh_token`: mints a new access token, which is how a person checks that the
/// credentials work. Environment mode replaces the cached token and never shows it; headless
/// mode (credentials passed as arguments) returns it and caches nothing.
enum RefreshTokenTool {
    static let definition = ToolDefinition(
        name: "gmail_refresh_token",
        title: "Check Gmail credentials",
        description: """
            Obtains a fresh Google OAuth access token from the configured refresh token and reports when it \
            expires and which scopes it grants. Use it to check that the Gmail credentials work, or after an \
            auth error. Without arguments it uses the server's configured credentials and does not reveal the \
            token. Headless mode: pass google_refresh_token (and optionally google_client_id, \
            google_client_secret; missing ones come from the server's environment) to mint a token for those \
            credentials; the result then includes access_token, and nothing is cached.
            """,
        inputSchema: JSONSchema.object([
            "google_refresh_token": JSONSchema.string("Headless mode: a refresh token to use instead of the server's."),
            "google_client_id": JSONSchema.string("Headless mode: the OAuth client id the refresh token belongs to."),
            "google_client_secret": JSONSchema.string("Headless mode: that OAuth client's secret."),
            "google_access_token": JSONSchema.string(
                "Accepted for compatibility with other Gmail servers; not needed."),
        ]),
        outputSchema: JSONSchema.object(
            [
                "status": JSONSchema.constant("success", description: "Always \"success\"; failures are tool errors."),
                "expires_in": JSONSchema.integer("Seconds until the access token expires.", minimum: 0),
                "expires_at": JSONSchema.string("When the access token expires (ISO-8601, UTC).", format: "date-time"),
                "scope": JSONSchema.string("The scopes the token grants, space separated."),
                "token_type": JSONSchema.string("The token type, \"Bearer\"."),
                "access_token": JSONSchema.string("The new access token; only in headless mode."),
            ], required: ["status", "expires_in", "expires_at", "scope", "token_type"]),
        annotations: .acting("Check Gmail credentials"),
        handler: run)

    @Sendable static func run(_ arguments: ToolArguments, _ context: ToolContext) async throws -> ToolOutput {
        let passed = PartialCredentials(
            clientID: try arguments.string("google_client_id"),
            clientSecret: try arguments.string("google_client_secret"),
            refreshToken: try arguments.string("google_refresh_token"))
        // Read for its type check only: an access token cannot mint anything.
        _ = try arguments.string("google_access_token")

        if passed.isEmpty {
            return output(for: try await context.tokens.refresh(), revealingToken: false)
        }
        let credentials = try context.environmentCredentials.overlaid(with: passed).complete(guidance: .gmailMCP)
        return output(for: try await context.tokenEndpoint.refresh(credentials), revealingToken: true)
    }

    private static func output(for grant: TokenGrant, revealingToken: Bool) -> ToolOutput {
        var result: [String: Value] = [
            "status": "success",
            "expires_in": .int(grant.expiresIn),
            "expires_at": .string(ISO8601.string(from: grant.expiresAt)),
            "scope": .string(grant.scopes.joined(separator: " ")),
            "token_type": .string(grant.tokenType),
        ]
        if revealingToken {
            result["access_token"] = .string(grant.accessToken)
        }
        return ToolOutput(structured: .object(result))
    }
}
