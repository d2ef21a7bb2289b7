import Foundation
import Testing

@testable import Gmail

@Suite struct GmailBatchTests {
    @Test func encodesOnePartPerRequestWithContentIDs() {
        let body = String(
            decoding: GmailBatch.encode(
                paths: ["/gmail/v1/users/me/messages/a1?format=metadata", "/x/b2"], boundary: "B"),
            as: UTF8.self)
        #expect(
            body == "--B\r\nContent-Type: application/http\r\nContent-ID: <item0>\r\n\r\n"
                + "GET /gmail/v1/users/me/messages/a1?format=metadata\r\n\r\n"
                + "--B\r\nContent-Type: application/http\r\nContent-ID: <item1>\r\n\r\nGET /x/b2\r\n\r\n--B--\r\n")
    }

    @Test func decodesPartsByContentIDWhateverTheirOrder() throws {
        let response = """
            preamble ignored\r
            --batch_xyz\r
            Content-Type: application/http\r
            Content-ID: <response-item1>\r
            \r
            HTTP/1.1 404 Not Found\r
            Content-Type: application/json; charset=UTF-8\r
            \r
            {"error":{"code":404}}\r
            --batch_xyz\r
            Content-Type: application/http\r
            Content-ID: <response-item0>\r
            \r
            HTTP/1.1 200 OK\r
            Content-Type: application/json; charset=UTF-8\r
            \r
            {"id":"a1"}\r
            \r
            --batch_xyz--\r

            """
        let parts = try #require(
            GmailBatch.decode(Data(response.utf8), contentType: "multipart/mixed; boundary=batch_xyz", count: 2))
        #expect(parts[0]?.status == 200)
        #expect(String(decoding: parts[0]?.body ?? Data(), as: UTF8.self) == #"{"id":"a1"}"#)
        #expect(parts[1]?.status == 404)
    }

    @Test func readsAQuotedBoundaryAndRejectsNonMultipart() {
        #expect(GmailBatch.boundary(of: #"multipart/mixed; boundary="batch_a b""#) == "batch_a b")
        #expect(GmailBatch.boundary(of: "application/json") == nil)
        #expect(GmailBatch.decode(Data("{}".utf8), contentType: "application/json", count: 1) == nil)
    }

    @Test func garbageBetweenDelimitersYieldsNoParts() throws {
        let body = Data("--b\r\nno blank line here\r\n--b\r\n\r\nnot an http response\r\n--b--".utf8)
        let parts = try #require(GmailBatch.decode(body, contentType: "multipart/mixed; boundary=b", count: 3))
        #expect(parts.isEmpty)
    }

    @Test func plausibleIDs() {
        #expect(GmailIDs.isMessageID("18c9a1b2c3d4e5f6"))
        #expect(!GmailIDs.isMessageID("18c9a1b2c3d4e5f6a"))
        #expect(!GmailIDs.isMessageID("../../labels"))
        #expect(!GmailIDs.isMessageID(""))
        #expect(GmailIDs.isAttachmentID("ANGjdJ8-abc_DEF"))
        #expect(!GmailIDs.isAttachmentID("a/b"))
        #expect(!GmailIDs.isAttachmentID("a b"))
    }
}
