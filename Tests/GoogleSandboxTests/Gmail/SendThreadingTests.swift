import Foundation
import GoogleSandbox
import Testing

/// Gmail files a sent message into the requested thread only when it references a message of
/// that thread and keeps its subject (reference section 6); otherwise a new thread starts.
@Suite("Gmail messages.send: reply threading")
struct SendThreadingTests {
    private struct Setup {
        let fake: FakeGoogle
        let client: GmailTestClient
        let threadId: String
    }

    /// An unseeded mailbox with one received message, `<lunch-1@example.com>`, "Lunch plans".
    private func setup() async throws -> Setup {
        let fake = try FakeGoogle(seedSandboxAccount: false)
        let original = crlf(
            "From: Ann <ann@example.com>\nTo: sandbox.user@example.com\nSubject: =?UTF-8?Q?Lunch_plans?=\n"
                + "Message-ID: <lunch-1@example.com>\n\nNoon?\n")
        let threadId = fake.deliver(raw: original, internalDate: Date(timeIntervalSinceNow: -3600))
        let client = try await GmailTestClient.connect(to: fake, scopes: [GmailScope.send])
        return Setup(fake: fake, client: client, threadId: threadId)
    }

    private func reply(subject: String, references: String? = "<lunch-1@example.com>", inReplyTo: String? = nil) -> Data
    {
        var headers: [String] = []
        if let inReplyTo { headers.append("In-Reply-To: \(inReplyTo)") }
        if let references { headers.append("References: \(references)") }
        return outgoingMessage(to: "ann@example.com", subject: subject, extraHeaders: headers)
    }

    private func sentThread(_ setup: Setup, _ raw: Data, threadId: String?) async throws -> (id: String, thread: String)
    {
        let response = try await setup.client.sendJSON(raw, threadId: threadId)
        let json = try response.jsonObject()
        return (try #require(json["id"] as? String), try #require(json["threadId"] as? String))
    }

    @Test func aProperReplyJoinsTheThread() async throws {
        let setup = try await setup()
        for subject in ["Re: Lunch plans", "RE: Fwd: re:  Lunch plans ", "Lunch plans"] {
            let sent = try await sentThread(setup, reply(subject: subject), threadId: setup.threadId)
            #expect(sent.thread == setup.threadId, "\(subject)")
        }
        let viaInReplyTo = try await sentThread(
            setup, reply(subject: "Fw: Lunch plans", references: nil, inReplyTo: "<lunch-1@example.com>"),
            threadId: setup.threadId)
        #expect(viaInReplyTo.thread == setup.threadId)
    }

    @Test func repliesToARepliedMessageJoinToo() async throws {
        let setup = try await setup()
        let first = try await sentThread(
            setup, reply(subject: "Re: Lunch plans").withHeader("Message-ID: <mine-1@example.com>"),
            threadId: setup.threadId)
        let second = try await sentThread(
            setup, reply(subject: "Re: Lunch plans", references: "<mine-1@example.com>"), threadId: setup.threadId)
        #expect(first.thread == setup.threadId)
        #expect(second.thread == setup.threadId)
    }

    @Test func withoutAMatchingReferenceOrSubjectANewThreadStarts() async throws {
        let setup = try await setup()
        let cases: [(Data, String?)] = [
            (reply(subject: "Re: Lunch plans", references: nil), setup.threadId),
            (reply(subject: "Re: Dinner plans"), setup.threadId),
            (reply(subject: "Re: Lunch plans", references: "<elsewhere@example.com>"), setup.threadId),
            (reply(subject: "Re: Lunch plans"), nil),
            (reply(subject: "Re: Lunch plans"), "18c9a1b2c3d4e5f6"),
        ]
        for (raw, threadId) in cases {
            let sent = try await sentThread(setup, raw, threadId: threadId)
            #expect(sent.thread == sent.id)
        }
        #expect(setup.fake.sentMessageIDs.count == cases.count)
    }
}

extension Data {
    /// The message with one more header field in front.
    fileprivate func withHeader(_ field: String) -> Data {
        Data((field + "\r\n").utf8) + self
    }
}
