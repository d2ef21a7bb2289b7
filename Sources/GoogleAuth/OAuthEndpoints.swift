/// Where Google's OAuth lives: the token endpoint (grants) and the consent page (`auth`).
public struct OAuthEndpoints: Sendable, Equatable {
    public var tokenURL: String
    public var authURL: String

    public static let google = OAuthEndpoints(
        tokenURL: "https://oauth2.googleapis.com/token", authURL: "https://accounts.google.com/o/oauth2/v2/auth")

    public init(tokenURL: String, authURL: String) {
        self.tokenURL = tokenURL
        self.authURL = authURL
    }
}
