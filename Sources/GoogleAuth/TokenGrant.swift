import Foundation

/// An access token as the token endpoint granted it. Its description never shows the token.
public struct TokenGrant: Sendable, Equatable, CustomStringConvertible {
    public let accessToken: String
    public let expiresIn: Int
    /// Granted scopes; the user may have unticked some at consent.
    public let scopes: [String]
    public let tokenType: String
    public let obtainedAt: Date

    public init(accessToken: String, expiresIn: Int, scopes: [String], tokenType: String, obtainedAt: Date) {
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.scopes = scopes
        self.tokenType = tokenType
        self.obtainedAt = obtainedAt
    }

    public var expiresAt: Date { obtainedAt.addingTimeInterval(TimeInterval(expiresIn)) }

    /// Usable for a call that starts now: more than `margin` of life left, so a request never
    /// reaches Google with a token that expires in flight.
    public func isFresh(at now: Date = Date(), margin: TimeInterval = 60) -> Bool {
        now.addingTimeInterval(margin) < expiresAt
    }

    public var description: String {
        "TokenGrant(\(SecretFingerprint.of(accessToken)), expires in \(expiresIn) s, \(scopes.count) scopes)"
    }
}
