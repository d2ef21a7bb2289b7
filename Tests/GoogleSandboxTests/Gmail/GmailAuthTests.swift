import Foundation
import GoogleSandbox
import Testing

@Suite("Gmail routes: credentials, scopes and whose mailbox")
struct GmailAuthTests {
    private let list = "/gmail/v1/users/me/messages"

    @Test func missingCredentialsAreLoginRequired() async throws {
        let fake = try FakeGoogle()
        let response = try await GmailTestClient(fake: fake, token: nil).get(list)
        #expect(response.status == 401)
        #expect(response.header("WWW-Authenticate") == "Bearer realm=\"https://accounts.google.com/\"")
        let error = try GmailJSON.error(response)
        #expect(error["code"] as? Int == 401)
        #expect(error["status"] as? String == "UNAUTHENTICATED")
        #expect(
            error["message"] as? String
                == "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."
        )
        let item = try GmailJSON.firstErrorItem(response)
        #expect(item["message"] as? String == "Login Required.")
        #expect(item["reason"] as? String == "required")
        #expect(item["location"] as? String == "Authorization")
        let details = try #require(error["details"] as? [[String: Any]])
        #expect(details.first?["reason"] as? String == "CREDENTIALS_MISSING")
    }

    @Test func unknownTokenIsInvalidCredentials() async throws {
        let fake = try FakeGoogle()
        let response = try await GmailTestClient(fake: fake, token: "ya29.a0not-a-token").get(list)
        #expect(response.status == 401)
        #expect(
            response.header("WWW-Authenticate")
                == "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"")
        let error = try GmailJSON.error(response)
        #expect(
            error["message"] as? String
                == "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."
        )
        let item = try GmailJSON.firstErrorItem(response)
        #expect(item["message"] as? String == "Invalid Credentials")
        #expect(item["domain"] as? String == "global")
        #expect(item["reason"] as? String == "authError")
        #expect(item["location"] as? String == "Authorization")
        #expect(item["locationType"] as? String == "header")
    }

    @Test func expiredAndRevokedTokensAreInvalid() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        #expect(try await client.get(list).status == 200)
        fake.expireAccessTokens()
        #expect(try await client.get(list).status == 401)
        let fresh = try await GmailTestClient.connect(to: fake)
        #expect(try await fresh.get(list).status == 200)
        fake.revoke(refreshToken: SandboxSeed.refreshToken)
        // Revoking the seeded refresh token leaves tokens of other grants alone.
        #expect(try await fresh.get(list).status == 200)
    }

    @Test func nonBearerAuthorizationIsInvalidNotMissing() async throws {
        let fake = try FakeGoogle()
        let response = try await GmailTestClient(fake: fake, token: nil).get(
            list, headers: ["Authorization: Basic Zm9vOmJhcg=="])
        #expect(response.status == 401)
        #expect(try GmailJSON.firstErrorItem(response)["reason"] as? String == "authError")
    }

    @Test func sendOnlyTokenGetsInsufficientScopes() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.send])
        for target in [list, "/gmail/v1/users/me/messages/\(SandboxSeed.id("plain-ascii"))"] {
            let response = try await client.get(target)
            #expect(response.status == 403)
            #expect(
                response.header("WWW-Authenticate")
                    == "Bearer realm=\"https://accounts.google.com/\", error=\"insufficient_scope\", scope=\"https://mail.google.com/ https://www.googleapis.com/auth/gmail.modify https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.metadata\""
            )
            let error = try GmailJSON.error(response)
            #expect(error["message"] as? String == "Request had insufficient authentication scopes.")
            #expect(error["status"] as? String == "PERMISSION_DENIED")
            let item = try GmailJSON.firstErrorItem(response)
            #expect(item["message"] as? String == "Insufficient Permission")
            #expect(item["reason"] as? String == "insufficientPermissions")
            let info = try #require((error["details"] as? [[String: Any]])?.first)
            #expect(info["@type"] as? String == "type.googleapis.com/google.rpc.ErrorInfo")
            #expect(info["reason"] as? String == "ACCESS_TOKEN_SCOPE_INSUFFICIENT")
            #expect(info["domain"] as? String == "googleapis.com")
            let metadata = try #require(info["metadata"] as? [String: String])
            #expect(metadata["service"] == "gmail.googleapis.com")
        }
        let method = try GmailJSON.error(try await client.get(list))["details"] as? [[String: Any]]
        #expect(
            (method?.first?["metadata"] as? [String: String])?["method"]
                == "caribou.api.proto.MailboxService.ListMessages")
    }

    @Test func everyReadScopeIsAccepted() async throws {
        let fake = try FakeGoogle()
        for scope in [GmailScope.full, GmailScope.modify, GmailScope.readonly, GmailScope.metadata] {
            let client = try await GmailTestClient.connect(to: fake, scopes: [scope])
            #expect(try await client.get(list).status == 200, "scope \(scope)")
            let message = try await client.get(
                "/gmail/v1/users/me/messages/\(SandboxSeed.id("plain-ascii"))?format=metadata")
            #expect(message.status == 200, "scope \(scope)")
        }
    }

    @Test func accountAddressWorksAsUserIdAndOtherUsersAreDenied() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake)
        #expect(try await client.get("/gmail/v1/users/sandbox.user@example.com/messages").status == 200)
        #expect(try await client.get("/gmail/v1/users/Sandbox.User%40example.com/messages").status == 200)
        let foreign = try await client.get("/gmail/v1/users/someone.else@example.com/messages")
        #expect(foreign.status == 403)
        let error = try GmailJSON.error(foreign)
        #expect(error["message"] as? String == "Delegation denied for sandbox.user@example.com")
        #expect(error["status"] as? String == "PERMISSION_DENIED")
        #expect(try GmailJSON.firstErrorItem(foreign)["reason"] as? String == "forbidden")
    }

    @Test func metadataScopeRefusesQueriesBodiesAndAttachments() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.metadata])
        let query = try await client.get(list + "?q=report")
        #expect(query.status == 403)
        #expect(try GmailJSON.error(query)["message"] as? String == "Metadata scope does not support 'q' parameter")
        #expect(try GmailJSON.firstErrorItem(query)["reason"] as? String == "forbidden")
        // Even an empty q is refused.
        #expect(try await client.get(list + "?q=").status == 403)

        let id = SandboxSeed.id("invoice-pdf")
        for (format, word) in [("full", "FULL"), ("raw", "RAW"), ("", "FULL")] {
            let response = try await client.get(
                "/gmail/v1/users/me/messages/\(id)" + (format.isEmpty ? "" : "?format=\(format)"))
            #expect(response.status == 403)
            #expect(
                try GmailJSON.error(response)["message"] as? String == "Metadata scope doesn't allow format \(word)")
        }
        #expect(try await client.get("/gmail/v1/users/me/messages/\(id)?format=minimal").status == 200)
        #expect(try await client.get("/gmail/v1/users/me/messages/\(id)?format=metadata").status == 200)

        let attachment = try await client.get("/gmail/v1/users/me/messages/\(id)/attachments/ANGjdJ8whatever")
        #expect(attachment.status == 403)
        #expect(try GmailJSON.firstErrorItem(attachment)["reason"] as? String == "insufficientPermissions")
        #expect(attachment.header("WWW-Authenticate")?.contains("gmail.metadata") == false)
    }

    @Test func metadataNextToReadonlyStillRefusesQueries() async throws {
        let fake = try FakeGoogle()
        let client = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.readonly, GmailScope.metadata])
        let response = try await client.get(list + "?q=report")
        #expect(response.status == 403)
        #expect(try GmailJSON.error(response)["message"] as? String == "Metadata scope does not support 'q' parameter")
        #expect(try await client.get(list).status == 200)
    }

    @Test func accessTokenQueryParameterIsAccepted() async throws {
        let fake = try FakeGoogle()
        let token = try await accessToken(from: fake, scopes: [GmailScope.readonly])
        let response = try await GmailTestClient(fake: fake, token: nil).get(
            list + "?access_token=" + percentEncoded(token))
        #expect(response.status == 200)
    }
}
