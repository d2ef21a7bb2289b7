import Foundation
import GoogleSandbox
import Testing

@Suite("People routes: credentials, scopes, faults and counters")
struct PeopleAuthTests {
    private let routes = [
        "/v1/people:searchContacts?query=ann&readMask=names",
        "/v1/otherContacts:search?query=ann&readMask=names",
        "/v1/people/me/connections?personFields=names",
    ]

    @Test func missingAndInvalidCredentialsAre401sLikeGmail() async throws {
        let fake = try FakeGoogle()
        for route in routes {
            let missing = try await GmailTestClient(fake: fake, token: nil).get(route)
            #expect(missing.status == 401, "\(route)")
            #expect(missing.header("WWW-Authenticate") == "Bearer realm=\"https://accounts.google.com/\"")
            let error = try GmailJSON.error(missing)
            #expect(error["status"] as? String == "UNAUTHENTICATED")
            #expect(try GmailJSON.firstErrorItem(missing)["message"] as? String == "Login Required.")
            let info = try #require((error["details"] as? [[String: Any]])?.first)
            #expect(info["reason"] as? String == "CREDENTIALS_MISSING")
            #expect((info["metadata"] as? [String: String])?["service"] == "people.googleapis.com")

            let invalid = try await GmailTestClient(fake: fake, token: "ya29.a0not-a-token").get(route)
            #expect(invalid.status == 401)
            #expect(
                invalid.header("WWW-Authenticate")
                    == "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"")
            let item = try GmailJSON.firstErrorItem(invalid)
            #expect(item["reason"] as? String == "authError")
            #expect(item["message"] as? String == "Invalid Credentials")
            #expect(item["location"] as? String == "Authorization")
        }
        let client = try await GmailTestClient.connect(to: fake)
        fake.expireAccessTokens()
        #expect(try await client.get(routes[0]).status == 401)
    }

    @Test func contactsRoutesNeedAContactsScope() async throws {
        let fake = try FakeGoogle()
        let gmailOnly = try await GmailTestClient.connect(
            to: fake, scopes: [GmailScope.full, PeopleScope.otherContactsReadonly])
        for route in [routes[0], routes[2]] {
            let response = try await gmailOnly.get(route)
            #expect(response.status == 403, "\(route)")
            #expect(
                response.header("WWW-Authenticate")
                    == "Bearer realm=\"https://accounts.google.com/\", error=\"insufficient_scope\", scope=\"https://www.googleapis.com/auth/contacts https://www.googleapis.com/auth/contacts.readonly\""
            )
            let error = try GmailJSON.error(response)
            #expect(error["code"] as? Int == 403)
            #expect(error["message"] as? String == "Request had insufficient authentication scopes.")
            #expect(error["status"] as? String == "PERMISSION_DENIED")
            let item = try GmailJSON.firstErrorItem(response)
            #expect(item["reason"] as? String == "insufficientPermissions")
            #expect(item["message"] as? String == "Insufficient Permission")
            let info = try #require((error["details"] as? [[String: Any]])?.first)
            #expect(info["@type"] as? String == "type.googleapis.com/google.rpc.ErrorInfo")
            #expect(info["reason"] as? String == "ACCESS_TOKEN_SCOPE_INSUFFICIENT")
            #expect(info["domain"] as? String == "googleapis.com")
            #expect((info["metadata"] as? [String: String])?["service"] == "people.googleapis.com")
        }
        for scope in [PeopleScope.contacts, PeopleScope.contactsReadonly] {
            let client = try await GmailTestClient.connect(to: fake, scopes: [scope])
            #expect(try await client.get(routes[0]).status == 200, "\(scope)")
            #expect(try await client.get(routes[2]).status == 200, "\(scope)")
        }
    }

    @Test func injectedFaultsAndLatencyReachPeopleRoutes() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        fake.failNext(1, status: 429, retryAfter: "3")
        fake.failNext(1, status: 503)
        let limited = try await client.get(routes[0])
        #expect(limited.status == 429)
        #expect(limited.header("Retry-After") == "3")
        #expect(try GmailJSON.error(limited)["status"] as? String == "RESOURCE_EXHAUSTED")
        let unavailable = try await client.get(routes[1])
        #expect(unavailable.status == 503)
        #expect(try GmailJSON.error(unavailable)["status"] as? String == "UNAVAILABLE")
        #expect(try await client.get(routes[2]).status == 200)

        fake.setLatency(.milliseconds(250))
        let started = ContinuousClock.now
        #expect(try await client.get(routes[0]).status == 200)
        #expect(ContinuousClock.now - started >= .milliseconds(250))
    }

    @Test func requestsAreCountedUnderNormalizedKeys() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        for route in routes { _ = try await client.get(route) }
        _ = try await client.get("/v1/people:searchContacts?readMask=names")  // refused, still counted
        _ = try await client.get("/v1/people/c123/connections?personFields=names")
        #expect(fake.requests("GET /v1/people:searchContacts") == 2)
        #expect(fake.requests("GET /v1/otherContacts:search") == 1)
        #expect(fake.requests("GET /v1/people/me/connections") == 2)
        // Other methods and paths stay unknown URLs.
        let post = try await client.get("/v1/people:searchDirectoryPeople?query=a&readMask=names")
        #expect(post.status == 404)
        #expect(fake.requests("GET /v1/people:searchDirectoryPeople") == 1)
    }
}
