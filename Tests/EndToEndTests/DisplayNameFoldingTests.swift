import Foundation
import GoogleSandbox
import MCP
import Testing

/// A display name that fits in one RFC 2047 word is never split across two at a fold (see
/// docs/tools.md): Python's `email` package, which most agent toolchains read mail with, keeps the
/// space between adjacent encoded words of a phrase, so a split `李小龙` reads back as `李小 龙`.
/// Checked by Python itself, on what the binary sent, at every column the name can land on.
@Suite struct DisplayNameFoldingTests {
    static let reader = """
        import json, sys
        from email import message_from_bytes, policy
        names = []
        for path in sys.argv[1:]:
            with open(path, "rb") as handle:
                message = message_from_bytes(handle.read(), policy=policy.default)
            names.append([address.display_name for address in message["To"].addresses])
        print(json.dumps(names, ensure_ascii=False))
        """

    @Test func pythonsEmailPackageReadsTheNameBackWhole() async throws {
        let fixture = try Fixture()
        let (server, _) = try await fixture.session()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var paths: [String] = []
        // The first address's length moves the name across the whole line, so that it meets
        // the 78-column limit at every position of its encoded word.
        for length in 20...75 {
            let first = String(repeating: "a", count: length - 12) + "@example.com"
            let sent = try await server.callTool(
                id: length, name: "gmail_send",
                arguments: [
                    "to": [first, "李小龙 <xiaolong@example.cn>", "Bob <bob@example.org>"], "subject": "名字",
                    "body": "hi",
                ])
            #expect(!sent.isError, "\(sent.text)")
            let id = try #require(sent.structured?["id"] as? String)
            let raw = try #require(fixture.fake.rawMessage(id: id))
            let path = folder.appendingPathComponent("\(length).eml").path
            try raw.write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        #expect(await fixture.finish(server) == 0)

        let python = try #require(PythonSDKInteropTests.executableOnPath("python3"), "python3 is needed")
        let outcome = await PythonSDKInteropTests.run(python, ["-c", Self.reader] + paths, timeout: .seconds(60))
        #expect(outcome.status == 0, "\(outcome.summary): \(outcome.output)")
        let names = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String]], "\(outcome.output)")
        #expect(names.count == paths.count)
        for (index, parsed) in names.enumerated() {
            #expect(parsed == ["", "李小龙", "Bob"], "first address of \(index + 20) characters")
        }
    }
}
