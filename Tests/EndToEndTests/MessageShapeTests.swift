import Foundation
import GoogleSandbox
import MCP
import Testing

/// The message result has one shape whatever the message holds (docs/tools.md, Message results): both
/// bodies always present, `references` always an array, bodies exact to the last line break.
@Suite struct MessageShapeTests {
    @Test func aMessageWithoutAnHTMLPartHasAnEmptyBodyHTMLAndNoReferencesAnEmptyArray() async throws {
        let fixture = try Fixture()
        let id = fixture.fake.deliver(
            raw: ReadingToolsTests.source(subject: "plain only", body: "Just text.\r\nTwo lines.\r\n"))
        let (server, tools) = try await fixture.session()
        let message = try await server.callTool(id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": id])
        #expect(message.schemaViolations(tools["gmail_get_message_by_id"]) == [])
        #expect(message.structured?["body_text"] as? String == "Just text.\nTwo lines.\n")
        #expect(message.structured?["body_html"] as? String == "")
        #expect(message.structured?["references"] as? [String] == [])

        let listed = try await server.callTool(
            id: 3, name: "gmail_fetch_mails", arguments: ["format": "full", "max_results": 5])
        #expect(listed.schemaViolations(tools["gmail_fetch_mails"]) == [])
        let summary = try #require((listed.structured?["messages"] as? [[String: Any]])?.first)
        #expect(summary["body_text"] as? String == "Just text.\nTwo lines.\n")
        #expect(summary["body_html"] as? String == "")
        #expect(await fixture.finish(server) == 0)
    }

    @Test func aMessageWithNoTextAtAllHasBothBodiesEmpty() async throws {
        let fixture = try Fixture()
        let pdf = Data("%PDF-1.4\n".utf8) + Data((0..<100).map { UInt8($0) })
        let id = fixture.fake.deliver(
            raw: ReadingToolsTests.source(
                subject: "just a file", headers: ["Content-Transfer-Encoding: base64"],
                contentType: "application/pdf; name=\"a.pdf\"", body: pdf.base64EncodedString() + "\r\n"))
        let (server, tools) = try await fixture.session()
        let message = try await server.callTool(id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": id])
        #expect(message.schemaViolations(tools["gmail_get_message_by_id"]) == [])
        #expect(message.structured?["body_text"] as? String == "")
        #expect(message.structured?["body_html"] as? String == "")
        #expect((message.structured?["attachments"] as? [[String: Any]])?.count == 1)
        #expect(await fixture.finish(server) == 0)
    }

    @Test func referencesListTheChainInOrder() async throws {
        let fixture = try Fixture()
        let id = fixture.fake.deliver(
            raw: ReadingToolsTests.source(
                subject: "Re: chain", headers: ["References: <a@x.example>\r\n <b@x.example> <c@x.example>"],
                body: "reply\r\n"))
        let (server, _) = try await fixture.session()
        let message = try await server.callTool(id: 2, name: "gmail_get_message_by_id", arguments: ["message_id": id])
        #expect(message.structured?["references"] as? [String] == ["<a@x.example>", "<b@x.example>", "<c@x.example>"])
        #expect(await fixture.finish(server) == 0)
    }
}
