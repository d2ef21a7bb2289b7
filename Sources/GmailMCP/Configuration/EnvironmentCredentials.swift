import GoogleAuth

extension PartialCredentials {
    /// `CLIENT_ID`, `CLIENT_SECRET`, `REFRESH_TOKEN` (the names Blaxel injects), falling back to
    /// the `GOOGLE_`-prefixed aliases when a plain name is unset or empty.
    public static func fromEnvironment(_ environment: [String: String]) -> PartialCredentials {
        func value(_ name: String) -> String? {
            let plain = environment[name] ?? ""
            return plain.isEmpty ? environment["GOOGLE_" + name] : plain
        }
        return PartialCredentials(
            clientID: value("CLIENT_ID"), clientSecret: value("CLIENT_SECRET"), refreshToken: value("REFRESH_TOKEN"))
    }
}

extension CredentialGuidance {
    /// This server's words: its variable names, and `gmail-mcp auth` for new credentials.
    public static let gmailMCP = CredentialGuidance(
        clientIDName: "CLIENT_ID", clientSecretName: "CLIENT_SECRET", refreshTokenName: "REFRESH_TOKEN",
        whereToSet:
            "Set CLIENT_ID, CLIENT_SECRET and REFRESH_TOKEN (or the GOOGLE_-prefixed names) in the server's "
            + "environment; `gmail-mcp auth` obtains a refresh token.",
        reauthorize: "Authorize again with `gmail-mcp auth` and replace REFRESH_TOKEN")
}
