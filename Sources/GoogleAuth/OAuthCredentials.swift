/// The three values that mint access tokens. Its descriptions never show them.
public struct OAuthCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public let clientID: String
    public let clientSecret: String
    public let refreshToken: String

    public init(clientID: String, clientSecret: String, refreshToken: String) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.refreshToken = refreshToken
    }

    public var description: String {
        "OAuthCredentials(client \(SecretFingerprint.of(clientID)), refresh token \(SecretFingerprint.of(refreshToken)))"
    }

    public var debugDescription: String { description }
}

/// Credentials as configured: any of them may be absent. Headless calls overlay their own.
public struct PartialCredentials: Sendable, Equatable, CustomStringConvertible {
    public var clientID: String?
    public var clientSecret: String?
    public var refreshToken: String?

    public init(clientID: String? = nil, clientSecret: String? = nil, refreshToken: String? = nil) {
        self.clientID = clientID.nonEmpty
        self.clientSecret = clientSecret.nonEmpty
        self.refreshToken = refreshToken.nonEmpty
    }

    /// `CLIENT_ID`, `CLIENT_SECRET`, `REFRESH_TOKEN` (the names Blaxel injects), falling back to
    /// the `GOOGLE_`-prefixed aliases when a plain name is unset or empty.
    public static func fromEnvironment(_ environment: [String: String]) -> PartialCredentials {
        func value(_ name: String) -> String? {
            environment[name].nonEmpty ?? environment["GOOGLE_" + name].nonEmpty
        }
        return PartialCredentials(
            clientID: value("CLIENT_ID"), clientSecret: value("CLIENT_SECRET"), refreshToken: value("REFRESH_TOKEN"))
    }

    /// These credentials with every value `overrides` has taking precedence.
    public func overlaid(with overrides: PartialCredentials) -> PartialCredentials {
        PartialCredentials(
            clientID: overrides.clientID ?? clientID,
            clientSecret: overrides.clientSecret ?? clientSecret,
            refreshToken: overrides.refreshToken ?? refreshToken)
    }

    public var isEmpty: Bool { clientID == nil && clientSecret == nil && refreshToken == nil }

    /// The complete set, or `auth_missing` naming (never showing) what is absent.
    public func complete() throws(GoogleError) -> OAuthCredentials {
        guard let clientID, let clientSecret, let refreshToken else {
            let missing = [
                clientID == nil ? "CLIENT_ID" : nil,
                clientSecret == nil ? "CLIENT_SECRET" : nil,
                refreshToken == nil ? "REFRESH_TOKEN" : nil,
            ].compactMap { $0 }
            throw GoogleError(
                .authMissing,
                "no Google OAuth credentials: \(missing.joined(separator: ", ")) "
                    + (missing.count == 1 ? "is" : "are")
                    + " not set. Set CLIENT_ID, CLIENT_SECRET and REFRESH_TOKEN (or the GOOGLE_-prefixed names) "
                    + "in the server's environment; `gmail-mcp auth` obtains a refresh token.")
        }
        return OAuthCredentials(clientID: clientID, clientSecret: clientSecret, refreshToken: refreshToken)
    }

    public var description: String {
        func show(_ value: String?) -> String { value.map(SecretFingerprint.of) ?? "unset" }
        return "PartialCredentials(client \(show(clientID)), secret \(clientSecret == nil ? "unset" : "set"), "
            + "refresh token \(show(refreshToken)))"
    }
}

extension Optional where Wrapped == String {
    var nonEmpty: String? {
        guard let self, !self.isEmpty else { return nil }
        return self
    }
}
