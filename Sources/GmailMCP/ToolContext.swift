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

    public init(
        http: HTTPClient, endpoints: GoogleEndpoints, environmentCredentials: PartialCredentials, logger: Logger
    ) {
        self.http = http
        self.endpoints = endpoints
        self.environmentCredentials = environmentCredentials
        self.logger = logger
        self.tokens = TokenProvider(
            credentials: environmentCredentials, endpoint: TokenEndpoint(url: endpoints.tokenURL, http: http),
            logger: logger)
    }

    public var tokenEndpoint: TokenEndpoint { TokenEndpoint(url: endpoints.tokenURL, http: http) }
}
