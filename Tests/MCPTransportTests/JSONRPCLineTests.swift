import Foundation
import MCP
import Testing

@testable import MCPTransport

@Suite struct JSONRPCLineTests {
    private func classify(_ text: String) -> JSONRPCLine { JSONRPCLine.classify(Data(text.utf8)) }

    @Test func aRequestKeepsItsIDMethodAndParams() {
        guard
            case .single(.request(let id, let method, let params)) = classify(
                #"{"jsonrpc":"2.0","id":"a","method":"tools/list","params":{"cursor":"x"}}"#)
        else {
            Issue.record("not a request")
            return
        }
        #expect(id == .string("a"))
        #expect(method == "tools/list")
        #expect(params == .object(["cursor": "x"]))
    }

    @Test func integerAndStringIDsDiffer() {
        #expect(RequestKey(.int(1)) != RequestKey(.string("1")))
        #expect(RequestKey(.double(7)) == .number(7))
        #expect(RequestKey(.double(7.5)) == nil)
    }

    @Test func aCancellationNamesTheRequestItCancels() {
        guard
            case .single(.notification(let method, let cancels)) = classify(
                #"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":9}}"#)
        else {
            Issue.record("not a notification")
            return
        }
        #expect(method == "notifications/cancelled")
        #expect(cancels == .number(9))
    }

    @Test(arguments: [
        (#"{"id":1,"method":"ping"}"#, -32600, RequestKey.number(1)),
        (#"{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}"#, -32600, nil),
        (#"{"jsonrpc":"2.0","id":2}"#, -32600, RequestKey.number(2)),
        (#"{"jsonrpc":"2.0","id":3,"method":""}"#, -32600, RequestKey.number(3)),
        (#"{"jsonrpc":"2.0","id":4,"method":"ping","params":7}"#, -32600, RequestKey.number(4)),
    ])
    func anInvalidMessageIsAnsweredWithItsID(text: String, code: Int, id: RequestKey?) {
        guard case .single(.invalid(let readID, let error)) = classify(text) else {
            Issue.record("not invalid: \(text)")
            return
        }
        #expect(readID == id)
        #expect(error.code == code)
    }

    @Test(arguments: [("not json", -32700), ("[]", -32600), ("42", -32600)])
    func aLineThatIsNoMessageIsRefusedWhole(text: String, code: Int) {
        guard case .refused(let error) = classify(text) else {
            Issue.record("not refused: \(text)")
            return
        }
        #expect(error.code == code)
    }

    @Test func aBatchOverTheLimitIsRefusedWhole() {
        let member = #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#
        let text = "[" + Array(repeating: member, count: JSONRPCLine.maximumBatch + 1).joined(separator: ",") + "]"
        guard case .refused(let error) = classify(text) else {
            Issue.record("not refused")
            return
        }
        #expect(error.message.contains("1000"))
    }

    @Test func aBatchClassifiesEachMemberOnItsOwn() {
        guard
            case .batch(let members) = classify(
                #"[{"jsonrpc":"2.0","id":1,"method":"ping"},7,{"jsonrpc":"2.0","id":2,"result":{}},{"jsonrpc":"2.0","method":"n"}]"#
            )
        else {
            Issue.record("not a batch")
            return
        }
        #expect(members.count == 4)
        #expect(members[0] == .request(id: .number(1), method: "ping", params: nil))
        if case .invalid(nil, let error) = members[1] {
            #expect(error.code == -32600)
        } else {
            Issue.record("member 2")
        }
        #expect(members[2] == .response)
        #expect(members[3] == .notification(method: "n", cancels: nil))
    }

    @Test func anErrorAnswerIsOneJSONRPCObject() throws {
        let line = JSONRPCError(code: -32022, message: "Unsupported", data: ["supported": ["a"]]).answer(
            id: .string("x"))
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        #expect(object["id"] as? String == "x")
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["code"] as? Int == -32022)
        #expect((error["data"] as? [String: Any])?["supported"] as? [String] == ["a"])
    }
}
