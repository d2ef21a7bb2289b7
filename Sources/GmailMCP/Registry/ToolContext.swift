import Gmail
import MIME
import GoogleAuth
import HTTP
import Logging

/// What a tool handler may use: the shared HTTP client, the environment's credentials and token
/// provider, and where Google lives.
public struct ToolContext: Sendable {
    public let http: HTTPClient
    public let endpoints: GoogleEndpoints
    /// Credentials from the environment (possibly incomplete); headless calls overlay their own.
    public let environmentCredentials: PartialCredentials
    /// The cached, single-flight token source for the environment's credentials.
    public let tokens: TokenProvider
    public let logger: Logger
    /// Gmail API calls with the environment's token provider.
    public let gmail: GmailClient
    /// People API calls with the same token provider; one per server, so its search warm-up
    /// happens once per process.
    public let people: PeopleClient
    /// Largest attachment returned inline (`GMAIL_MCP_MAX_INLINE_BYTES`).
    public let maxInlineBytes: Int
    /// Where `save: true` writes attachments (`GMAIL_MCP_DOWNLOAD_DIR`); nil turns saving off.
    public let downloadDirectory: String?
    /// This call's progress reporter, when its request asked for progress (set per call by the
    /// registry; the shared context has none).
    public var progress: ToolProgress?

    public init(
        http: HTTPClient, endpoints: GoogleEndpoints, environmentCredentials: PartialCredentials, logger: Logger,
        maxInlineBytes: Int = 10 << 20, downloadDirectory: String? = nil
    ) {
        self.http = http
        self.endpoints = endpoints
        self.environmentCredentials = environmentCredentials
        self.logger = logger
        self.tokens = TokenProvider(
            credentials: environmentCredentials,
            endpoint: TokenEndpoint(url: endpoints.tokenURL, http: http, guidance: .gmailMCP),
            logger: logger)
        self.gmail = GmailClient(http: http, tokens: tokens, gmailURL: endpoints.gmailURL)
        self.people = PeopleClient(http: http, tokens: tokens, peopleURL: endpoints.peopleURL)
        self.maxInlineBytes = maxInlineBytes
        self.downloadDirectory = downloadDirectory
    }

    public var tokenEndpoint: TokenEndpoint { TokenEndpoint(url: endpoints.tokenURL, http: http, guidance: .gmailMCP) }
}
