import Gmail
import GoogleAuth
import Testing

@testable import GmailMCP

/// What the server reads from its environment: endpoints, credentials and their aliases.
@Suite struct EnvironmentConfigurationTests {
    @Test func environmentDefaultsToGoogle() throws {
        #expect(try GoogleEndpoints.fromEnvironment([:]) == .google)
        #expect(GoogleEndpoints.google.tokenURL == "https://oauth2.googleapis.com/token")
        let custom = try GoogleEndpoints.fromEnvironment(["GMAIL_API_URL": "http://127.0.0.1:5/"])
        #expect(custom.gmailURL == "http://127.0.0.1:5")
    }

    @Test func plainNamesWinOverAliasesAndEmptyCountsAsUnset() {
        let credentials = PartialCredentials.fromEnvironment([
            "CLIENT_ID": "plain", "GOOGLE_CLIENT_ID": "alias", "CLIENT_SECRET": "",
            "GOOGLE_CLIENT_SECRET": "alias-secret",
            "GOOGLE_REFRESH_TOKEN": "alias-token",
        ])
        #expect(credentials.clientID == "plain")
        #expect(credentials.clientSecret == "alias-secret")
        #expect(credentials.refreshToken == "alias-token")
    }

    @Test func missingCredentialsAreNamedInTheServersWords() {
        #expect {
            try PartialCredentials(clientID: "id").complete(guidance: .gmailMCP)
        } throws: { error in
            let message = (error as? GoogleError)?.message ?? ""
            return message.contains("CLIENT_SECRET, REFRESH_TOKEN are not set") && message.contains("gmail-mcp auth")
        }
    }
}
