/// How the product around this module names its credential settings and how a person gets new
/// credentials: the OAuth code words its sentences ("authorize again", "set the client id") in
/// the product's terms without knowing the product. The server's configuration layer supplies
/// its own (`CLIENT_ID`, `gmail-mcp auth`); `.plain` names nothing product-specific.
public struct CredentialGuidance: Sendable, Equatable {
    /// The setting names of the three credentials, as a person would set them.
    public var clientIDName: String
    public var clientSecretName: String
    public var refreshTokenName: String
    /// Where and how to set them, a sentence: "Set them in the server's environment."
    public var whereToSet: String
    /// How to obtain a new refresh token, a sentence without its full stop: "Authorize again".
    public var reauthorize: String

    public init(
        clientIDName: String, clientSecretName: String, refreshTokenName: String, whereToSet: String,
        reauthorize: String
    ) {
        self.clientIDName = clientIDName
        self.clientSecretName = clientSecretName
        self.refreshTokenName = refreshTokenName
        self.whereToSet = whereToSet
        self.reauthorize = reauthorize
    }

    public static let plain = CredentialGuidance(
        clientIDName: "the client id", clientSecretName: "the client secret", refreshTokenName: "the refresh token",
        whereToSet: "Configure all three.", reauthorize: "Authorize again to get a new refresh token")
}
