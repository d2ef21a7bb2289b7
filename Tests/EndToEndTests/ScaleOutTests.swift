import Foundation
import RawHTTPClient
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Scale-out with no sticky sessions (docs/protocol.md, "Transport: Streamable HTTP"): three
/// `serve --http` instances behind a real nginx doing round-robin, one fake Google behind them
/// all, and a client of each era completing a workflow whose requests land on more than one
/// instance. Needs nginx (Debian's `nginx`, installed by `Scripts/install-deps.sh`).
@Suite struct ScaleOutTests {
    /// nginx in the foreground with a configuration of the test's own, in a folder of its own.
    final class Nginx {
        let process = Process()
        let port: Int
        let folder: URL

        init(upstreams: [Int]) throws {
            guard
                let binary = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/opt/homebrew/bin/nginx"]
                    .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
            else { throw RawHTTPError(description: "nginx is not installed (Scripts/install-deps.sh installs it)") }
            folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "gmail-mcp-nginx-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            port = try Self.freePort()
            let path = folder.path
            let servers = upstreams.map { "server 127.0.0.1:\($0);" }.joined(separator: " ")
            let configuration = """
                worker_processes 1;
                daemon off;
                pid \(path)/nginx.pid;
                error_log \(path)/error.log;
                events { worker_connections 512; }
                http {
                    access_log off;
                    client_body_temp_path \(path)/body;
                    proxy_temp_path \(path)/proxy;
                    fastcgi_temp_path \(path)/fastcgi;
                    uwsgi_temp_path \(path)/uwsgi;
                    scgi_temp_path \(path)/scgi;
                    upstream mcp { \(servers) }
                    server {
                        listen 127.0.0.1:\(port);
                        location / {
                            proxy_pass http://mcp;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_buffering off;
                        }
                    }
                }
                """
            try configuration.write(to: folder.appendingPathComponent("nginx.conf"), atomically: true, encoding: .utf8)
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["-p", path, "-c", folder.appendingPathComponent("nginx.conf").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Waits until nginx accepts connections.
        func waitUntilListening() async throws {
            let deadline = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < deadline {
                if let connection = try? RawHTTPConnection(port: port) {
                    connection.disconnect()
                    return
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            let log = (try? String(contentsOf: folder.appendingPathComponent("error.log"), encoding: .utf8)) ?? ""
            throw RawHTTPError(description: "nginx did not start listening: \(log)")
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }

        private static func freePort() throws -> Int {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(descriptor) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
                }
            }
            guard bound else { throw RawHTTPError(description: "no free port: \(errno)") }
            return Int(UInt16(bigEndian: address.sin_port))
        }
    }

    /// How many `/mcp` requests each instance has logged (one debug line per request).
    private static func served(_ instances: [StreamableHTTPTests.HTTPServer]) -> [Int] {
        instances.map { $0.process.stderr.components(separatedBy: "path=/mcp").count - 1 }
    }

    /// One POST through nginx, on a fresh connection as a pooled client might.
    private static func post(_ port: Int, _ body: String, headers: [String] = []) throws -> [String: Any] {
        let connection = try RawHTTPConnection(port: port)
        defer { connection.disconnect() }
        var head = "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        for header in headers { head += header + "\r\n" }
        try connection.write(head + "Content-Length: \(body.utf8.count)\r\n\r\n" + body)
        let response = try connection.readResponse()
        guard response.status == 200 || response.status == 202 else {
            throw RawHTTPError(description: "\(response.status): \(response.text)")
        }
        return response.status == 202 ? [:] : try response.jsonObject()
    }

    @Test func bothErasCompleteAWorkflowAcrossInstancesBehindRoundRobinNginx() async throws {
        let fixture = try Fixture()
        for subject in ["first", "second", "third"] {
            fixture.fake.deliver(
                raw: ReadingToolsTests.source(subject: subject, body: "hello\r\n"), labelIds: ["INBOX"])
        }
        var instances: [StreamableHTTPTests.HTTPServer] = []
        for _ in 0..<3 { instances.append(try await StreamableHTTPTests.HTTPServer.start(fixture: fixture)) }
        let nginx = try Nginx(upstreams: instances.map(\.port))
        defer { nginx.stop() }
        try await nginx.waitUntilListening()

        // A 2026-07-28 client: discover, list, search, read two messages.
        let before = Self.served(instances)
        let discover = try Self.post(nginx.port, StreamableHTTPTests.modern(id: 1, method: "server/discover"))
        #expect((discover["result"] as? [String: Any])?["resultType"] as? String == "complete")
        let list = try Self.post(nginx.port, StreamableHTTPTests.modern(id: 2, method: "tools/list"))
        #expect(((list["result"] as? [String: Any])?["tools"] as? [Any])?.isEmpty == false)
        let fetch = try Self.post(
            nginx.port,
            StreamableHTTPTests.modern(
                id: 3, method: "tools/call", params: #""name":"gmail_fetch_mails","arguments":{"max_results":3}"#))
        let messages = try #require(
            ((fetch["result"] as? [String: Any])?["structuredContent"] as? [String: Any])?["messages"]
                as? [[String: Any]])
        #expect(messages.count == 3)
        for (offset, message) in messages.prefix(2).enumerated() {
            let id = try #require(message["id"] as? String)
            let read = try Self.post(
                nginx.port,
                StreamableHTTPTests.modern(
                    id: 4 + offset, method: "tools/call",
                    params: #""name":"gmail_get_message_by_id","arguments":{"message_id":"\#(id)"}"#))
            let result = try #require(read["result"] as? [String: Any])
            #expect(result["isError"] as? Bool == false)
            #expect((result["structuredContent"] as? [String: Any])?["id"] as? String == id)
        }
        let modern = zip(Self.served(instances), before).map { $0 - $1 }
        #expect(modern.reduce(0, +) == 5)
        #expect(modern.filter { $0 > 0 }.count > 1, "requests per instance: \(modern)")

        // A handshake-era client: initialize on one instance, the rest wherever nginx sends them.
        let middle = Self.served(instances)
        let initialize = try Self.post(
            nginx.port,
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"e2e","version":"1"}}}"#
        )
        #expect((initialize["result"] as? [String: Any])?["protocolVersion"] as? String == "2025-06-18")
        _ = try Self.post(nginx.port, #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)
        let handshakeList = try Self.post(
            nginx.port, #"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#,
            headers: ["MCP-Protocol-Version: 2025-06-18"])
        #expect(((handshakeList["result"] as? [String: Any])?["tools"] as? [Any])?.isEmpty == false)
        let call = try Self.post(
            nginx.port,
            #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"gmail_fetch_mails","arguments":{"max_results":1}}}"#,
            headers: ["MCP-Protocol-Version: 2025-06-18"])
        #expect((call["result"] as? [String: Any])?["isError"] as? Bool == false)
        let handshake = zip(Self.served(instances), middle).map { $0 - $1 }
        #expect(handshake.reduce(0, +) == 4)
        #expect(handshake.filter { $0 > 0 }.count > 1, "requests per instance: \(handshake)")
        for response in [discover, list, fetch, initialize] { #expect(response["error"] == nil) }

        for instance in instances { #expect(await instance.stop() == 0) }
    }
}
