import GoogleAuth
import Testing

@Suite struct ConfigurationTests {
    @Test(arguments: [
        "https://oauth2.googleapis.com/token", "http://127.0.0.1:8080/token", "http://127.255.0.1/x",
        "http://localhost:9/", "http://[::1]:9/", "HTTPS://Example.com",
    ])
    func acceptsHTTPSAndLoopbackHTTP(url: String) throws {
        try EndpointPolicy.check(url, variable: "GOOGLE_TOKEN_URL")
    }

    @Test(arguments: [
        "http://example.com", "http://10.0.0.1/token", "http://127.0.0.1.evil.com/", "http://localhost.evil.com",
        "ftp://127.0.0.1/", "not a url", "https://user:pass@oauth2.googleapis.com/token", "http://128.0.0.1/",
    ])
    func refusesEverythingElse(url: String) {
        #expect(throws: EndpointPolicy.Violation.self) { try EndpointPolicy.check(url, variable: "X") }
    }

    @Test func overlayTakesThePassedValues() throws {
        let environment = PartialCredentials(clientID: "env-id", clientSecret: "env-secret", refreshToken: "env-token")
        let merged = environment.overlaid(with: PartialCredentials(refreshToken: "passed"))
        #expect(
            try merged.complete()
                == OAuthCredentials(clientID: "env-id", clientSecret: "env-secret", refreshToken: "passed"))
    }
}
