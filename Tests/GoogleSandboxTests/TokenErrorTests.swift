import Foundation
import GoogleSandbox
import Testing
import RawHTTPClient

@Suite("FakeGoogle token endpoint: refusals")
struct TokenErrorTests {
    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        let fields: [String: String]
        let status: Int
        let error: String
        let description: String
        var testDescription: String { name }
    }

    private static let valid: [String: String] = [
        "grant_type": "refresh_token",
        "client_id": SandboxSeed.clientID,
        "client_secret": SandboxSeed.clientSecret,
        "refresh_token": SandboxSeed.refreshToken,
    ]

    private static func valid(changing name: String, to value: String?) -> [String: String] {
        var fields = valid
        fields[name] = value
        return fields
    }

    static let refusals: [Refusal] = [
        Refusal(
            name: "missing grant_type", fields: valid(changing: "grant_type", to: nil), status: 400,
            error: "invalid_request", description: "Missing required parameter: grant_type"),
        Refusal(
            name: "empty grant_type", fields: valid(changing: "grant_type", to: ""), status: 400,
            error: "invalid_request", description: "Missing required parameter: grant_type"),
        Refusal(
            name: "other grant type", fields: valid(changing: "grant_type", to: "password"), status: 400,
            error: "unsupported_grant_type", description: "Invalid grant_type: password"),
        Refusal(
            name: "unknown client",
            fields: valid(changing: "client_id", to: "nobody.apps.googleusercontent.com"),
            status: 401, error: "invalid_client", description: "The OAuth client was not found."),
        Refusal(
            name: "missing client_id", fields: valid(changing: "client_id", to: nil), status: 400,
            error: "invalid_request", description: "Could not determine client ID from request."),
        Refusal(
            name: "missing client_secret", fields: valid(changing: "client_secret", to: nil), status: 400,
            error: "invalid_request", description: "client_secret is missing."),
        Refusal(
            name: "wrong client_secret", fields: valid(changing: "client_secret", to: "guess"),
            status: 401,
            error: "invalid_client", description: "Unauthorized"),
        Refusal(
            name: "missing refresh_token", fields: valid(changing: "refresh_token", to: nil), status: 400,
            error: "invalid_request", description: "Missing required parameter: refresh_token"),
        Refusal(
            name: "unknown refresh_token", fields: valid(changing: "refresh_token", to: "1//0gUnknown"),
            status: 400,
            error: "invalid_grant", description: "Token has been expired or revoked."),
    ]

    @Test(arguments: refusals)
    func refusedWithGooglesStatusAndWording(_ refusal: Refusal) throws {
        let fake = try FakeGoogle()
        let fields = refusal.fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let response = try postToken(to: fake, fields)
        #expect(response.status == refusal.status)
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        let json = try response.jsonObject()
        #expect(Set(json.keys) == ["error", "error_description"])
        #expect(json["error"] as? String == refusal.error)
        #expect(json["error_description"] as? String == refusal.description)
        #expect(fake.grantsIssued == 0)
        #expect(fake.issuedAccessTokens.isEmpty)
        #expect(fake.requests("POST /token") == 1)
    }

    @Test func emptyBodyLacksGrantType() throws {
        let fake = try FakeGoogle()
        let connection = try RawHTTPConnection(port: fake.port)
        try connection.write("POST /token HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        let response = try connection.readResponse()
        #expect(response.status == 400)
        #expect(
            try response.jsonObject()["error_description"] as? String
                == "Missing required parameter: grant_type")
    }

    @Test func repeatedParameterIsInvalidRequest() throws {
        let fake = try FakeGoogle()
        let response = try postToken(to: fake, seededGrantFields() + [("client_id", "second")])
        #expect(response.status == 400)
        let json = try response.jsonObject()
        #expect(json["error"] as? String == "invalid_request")
        #expect(json["error_description"] as? String == "Duplicate parameter: client_id")
    }

    @Test func refreshTokenOfAnotherClientIsUnauthorizedClient() throws {
        let fake = try FakeGoogle()
        fake.registerClient(id: "other.apps.googleusercontent.com", secret: "other-secret")
        let othersToken = fake.issueRefreshToken(
            clientID: "other.apps.googleusercontent.com", scopes: [])
        let response = try postToken(to: fake, seededGrantFields(refreshToken: othersToken))
        #expect(response.status == 401)
        let json = try response.jsonObject()
        #expect(json["error"] as? String == "unauthorized_client")
        #expect(json["error_description"] as? String == "Unauthorized")
    }

    @Test func revokedRefreshTokenIsInvalidGrant() throws {
        let fake = try FakeGoogle()
        let connection = try RawHTTPConnection(port: fake.port)
        #expect(try connection.postToken(seededGrantFields()).status == 200)
        fake.revoke(refreshToken: SandboxSeed.refreshToken)
        let response = try connection.postToken(seededGrantFields())
        #expect(response.status == 400)
        let json = try response.jsonObject()
        #expect(json["error"] as? String == "invalid_grant")
        #expect(json["error_description"] as? String == "Token has been expired or revoked.")
        #expect(fake.grantsIssued == 1)
    }

    @Test func adminBlockRefusesOnlyThatClient() throws {
        let fake = try FakeGoogle()
        fake.registerClient(id: "other.apps.googleusercontent.com", secret: "other-secret")
        let othersToken = fake.issueRefreshToken(
            clientID: "other.apps.googleusercontent.com", scopes: ["openid"])
        fake.blockByAdminPolicy(clientID: SandboxSeed.clientID)

        let blocked = try postToken(to: fake, seededGrantFields())
        #expect(blocked.status == 400)
        let json = try blocked.jsonObject()
        #expect(json["error"] as? String == "admin_policy_enforced")
        #expect((json["error_description"] as? String)?.contains("administrator") == true)

        let other = try postToken(
            to: fake,
            [
                ("grant_type", "refresh_token"), ("client_id", "other.apps.googleusercontent.com"),
                ("client_secret", "other-secret"), ("refresh_token", othersToken),
            ])
        #expect(other.status == 200)
        #expect(fake.grantsIssued == 1)
    }

    @Test func unseededFakeDoesNotKnowTheSandboxClient() throws {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        let response = try postToken(to: fake, seededGrantFields())
        #expect(response.status == 401)
        #expect(try response.jsonObject()["error"] as? String == "invalid_client")
    }

    @Test func tokenEndpointOnlyAcceptsPost() throws {
        let fake = try FakeGoogle()
        let response = try RawHTTPConnection(port: fake.port).get("/token")
        #expect(response.status == 405)
        #expect(response.header("Allow") == "POST")
        #expect(try response.jsonObject()["error"] as? String == "invalid_request")
        #expect(fake.requests("GET /token") == 1)
        #expect(fake.grantsIssued == 0)
    }

    @Test func unknownRouteGetsGooglesNestedNotFound() throws {
        let fake = try FakeGoogle()
        let response = try RawHTTPConnection(port: fake.port).get("/nowhere?x=1")
        #expect(response.status == 404)
        #expect(response.header("Content-Type") == "application/json; charset=UTF-8")
        let error = try #require(try response.jsonObject()["error"] as? [String: Any])
        #expect(error["code"] as? Int == 404)
        #expect(error["status"] as? String == "NOT_FOUND")
        #expect(
            error["message"] as? String == "The requested URL /nowhere was not found on this server.")
        let reasons = (error["errors"] as? [[String: Any]])?.compactMap { $0["reason"] as? String }
        #expect(reasons == ["notFound"])
        #expect(fake.requests("GET /nowhere") == 1)
    }
}
