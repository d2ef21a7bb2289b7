import Gmail
import GoogleAuth

/// Every Google URL this server talks to, as configured: OAuth's and the APIs'.
public struct GoogleEndpoints: Sendable, Equatable {
    public var oauth: OAuthEndpoints
    public var apis: GoogleAPIEndpoints

    public static let google = GoogleEndpoints(oauth: .google, apis: .google)

    public init(oauth: OAuthEndpoints, apis: GoogleAPIEndpoints) {
        self.oauth = oauth
        self.apis = apis
    }

    public var tokenURL: String { oauth.tokenURL }
    public var gmailURL: String { apis.gmailURL }
    public var peopleURL: String { apis.peopleURL }

    /// Reads `GOOGLE_TOKEN_URL`, `GOOGLE_AUTH_URL`, `GMAIL_API_URL` and `PEOPLE_API_URL`,
    /// refusing any URL a credential must not travel to (docs/configuration.md).
    public static func fromEnvironment(_ environment: [String: String]) throws(EndpointPolicy.Violation)
        -> GoogleEndpoints
    {
        func url(_ name: String, _ fallback: String) throws(EndpointPolicy.Violation) -> String {
            guard let value = environment[name], !value.isEmpty else { return fallback }
            try EndpointPolicy.check(value, variable: name)
            return value.hasSuffix("/") ? String(value.dropLast()) : value
        }
        return GoogleEndpoints(
            oauth: OAuthEndpoints(
                tokenURL: try url("GOOGLE_TOKEN_URL", OAuthEndpoints.google.tokenURL),
                authURL: try url("GOOGLE_AUTH_URL", OAuthEndpoints.google.authURL)),
            apis: GoogleAPIEndpoints(
                gmailURL: try url("GMAIL_API_URL", GoogleAPIEndpoints.google.gmailURL),
                peopleURL: try url("PEOPLE_API_URL", GoogleAPIEndpoints.google.peopleURL)))
    }
}
