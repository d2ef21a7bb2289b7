import Foundation
import GoogleSandbox
import Testing
import RawHTTPClient

@Suite("FakeGoogle fault injection and counters")
struct FaultInjectionTests {
    @Test func failNextFailsExactlyThatManyRequestsWithRetryAfter() throws {
        let fake = try FakeGoogle()
        fake.failNext(2, status: 503, retryAfter: "7")
        let connection = try RawHTTPConnection(port: fake.port)
        for _ in 0..<2 {
            let failed = try connection.postToken(seededGrantFields())
            #expect(failed.status == 503)
            #expect(failed.header("Retry-After") == "7")
            let json = try failed.jsonObject()
            #expect(json["error"] as? String == "internal_failure")
            #expect(json["error_description"] as? String == "Backend Error")
        }
        let recovered = try connection.postToken(seededGrantFields())
        #expect(recovered.status == 200)
        #expect(recovered.header("Retry-After") == nil)
        #expect(fake.requests("POST /token") == 3)
        #expect(fake.grantsIssued == 1)
    }

    @Test func rateLimitAtTheTokenEndpointIsOAuthShaped() throws {
        let fake = try FakeGoogle()
        fake.failNext(1, status: 429)
        let response = try postToken(to: fake, seededGrantFields())
        #expect(response.status == 429)
        #expect(response.header("Retry-After") == nil)
        #expect(try response.jsonObject()["error"] as? String == "rate_limit_exceeded")
    }

    @Test func failuresElsewhereUseTheNestedApiShape() throws {
        let fake = try FakeGoogle()
        fake.failNext(1, status: 429, retryAfter: "2")
        fake.failNext(1, status: 503)
        let connection = try RawHTTPConnection(port: fake.port)
        let limited = try connection.get("/gmail/v1/users/me/profile")
        #expect(limited.status == 429)
        #expect(limited.header("Retry-After") == "2")
        let limitedError = try #require(try limited.jsonObject()["error"] as? [String: Any])
        #expect(limitedError["code"] as? Int == 429)
        #expect(limitedError["status"] as? String == "RESOURCE_EXHAUSTED")
        let unavailable = try connection.get("/gmail/v1/users/me/profile")
        let unavailableError = try #require(try unavailable.jsonObject()["error"] as? [String: Any])
        #expect(unavailable.status == 503)
        #expect(unavailableError["status"] as? String == "UNAVAILABLE")
        #expect(unavailableError["message"] as? String == "The service is currently unavailable.")
        // The queue is empty again: the unknown route is back to a plain 404.
        #expect(try connection.get("/gmail/v1/users/me/profile").status == 404)
        #expect(fake.requests("GET /gmail/v1/users/me/profile") == 3)
    }

    @Test func latencyDelaysEveryResponse() throws {
        let fake = try FakeGoogle()
        fake.setLatency(.milliseconds(300))
        let connection = try RawHTTPConnection(port: fake.port)
        let (grant, grantSeconds) = try secondsElapsed { try connection.postToken(seededGrantFields()) }
        #expect(grant.status == 200)
        #expect(grantSeconds >= 0.3)
        fake.failNext(1, status: 500)
        let (failure, failureSeconds) = try secondsElapsed {
            try connection.postToken(seededGrantFields())
        }
        #expect(failure.status == 500)
        #expect(failureSeconds >= 0.3)
        fake.setLatency(.zero)
        let (_, quickSeconds) = try secondsElapsed { try connection.get("/elsewhere") }
        #expect(quickSeconds < 0.3)
    }

    @Test func requestsAreCountedPerMethodAndPath() throws {
        let fake = try FakeGoogle()
        let connection = try RawHTTPConnection(port: fake.port)
        _ = try connection.postToken(seededGrantFields())
        _ = try connection.postToken([])
        _ = try connection.get("/token")
        _ = try connection.get("/v1/people:searchContacts?query=a")
        #expect(fake.requests("POST /token") == 2)
        #expect(fake.requests("GET /token") == 1)
        #expect(fake.requests("GET /v1/people:searchContacts") == 1)
        #expect(fake.requests("PUT /token") == 0)
        #expect(fake.acceptedConnections == 1)
        _ = try RawHTTPConnection(port: fake.port).get("/")
        #expect(fake.acceptedConnections == 2)
    }

    @Test func stoppedFakeRefusesConnections() throws {
        let fake = try FakeGoogle()
        let port = fake.port
        fake.stop()
        #expect(throws: RawHTTPError.self) { try RawHTTPConnection(port: port) }
    }
}
