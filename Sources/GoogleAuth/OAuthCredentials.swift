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

    /// These credentials with every value `overrides` has taking precedence.
    public func overlaid(with overrides: PartialCredentials) -> PartialCredentials {
        PartialCredentials(
            clientID: overrides.clientID ?? clientID,
            clientSecret: overrides.clientSecret ?? clientSecret,
            refreshToken: overrides.refreshToken ?? refreshToken)
    }

    public var isEmpty: Bool { clientID == nil && clientSecret == nil && refreshToken == nil }

    /// The complete set, or `auth_missing` naming (never showing) what is absent.
    public func complete(guidance: CredentialGuidance = .plain) throws(GoogleError) -> OAuthCredentials {
        guard let clientID, let clientSecret, let refreshToken else {
            let missing = [
                clientID == nil ? guidance.clientIDName : nil,
                clientSecret == nil ? guidance.clientSecretName : nil,
                refreshToken == nil ? guidance.refreshTokenName : nil,
            ].compactMap { $0 }
            throw GoogleError(
                .authMissing,
                "no Google OAuth credentials: \(missing.joined(separator: ", ")) "
                    + (missing.count == 1 ? "is" : "are") + " not set. " + guidance.whereToSet)
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
