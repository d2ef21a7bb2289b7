import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// nghttpd (Debian's nghttp2-server) serving a folder over TLS with HTTP/2 on 127.0.0.1, with a
/// self-signed certificate for `localhost` made by openssl for this run.
final class TLSTestServer: @unchecked Sendable {
    // @unchecked: every property is set in `start` and only read afterwards.
    let port: Int
    let certificatePath: String
    let documentRoot: URL
    private let process: Process
    private let folder: URL

    /// - Parameter names: the certificate's subjectAltName entries.
    static func start(names: String = "DNS:localhost,IP:127.0.0.1") async throws -> TLSTestServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        let documentRoot = folder.appendingPathComponent("htdocs")
        try FileManager.default.createDirectory(at: documentRoot, withIntermediateDirectories: true)
        let key = folder.appendingPathComponent("key.pem").path
        let certificate = folder.appendingPathComponent("cert.pem").path
        try await run(
            "openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "1",
                "-subj", "/CN=gmail-mcp test", "-addext", "subjectAltName=\(names)",
            ])
        let port = try freePort()
        let process = Process()
        process.executableURL = try executable("nghttpd")
        process.arguments = ["--address=127.0.0.1", "--htdocs=\(documentRoot.path)", "\(port)", key, certificate]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = TLSTestServer(
            port: port, certificatePath: certificate, documentRoot: documentRoot, process: process, folder: folder)
        try await server.waitUntilListening()
        return server
    }

    private init(port: Int, certificatePath: String, documentRoot: URL, process: Process, folder: URL) {
        self.port = port
        self.certificatePath = certificatePath
        self.documentRoot = documentRoot
        self.process = process
        self.folder = folder
    }

    /// nghttpd ignores SIGTERM, so it gets SIGKILL after a short grace; and Foundation's
    /// `waitUntilExit` spins a run loop on Linux and can hang inside async code, so this polls.
    func stop() {
        process.terminate()
        for _ in 0..<20 where process.isRunning {
            usleep(10_000)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        for _ in 0..<200 where process.isRunning {
            usleep(10_000)
        }
        try? FileManager.default.removeItem(at: folder)
    }

    private func waitUntilListening() async throws {
        for _ in 0..<200 {
            if Self.canConnect(port: port) { return }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw TLSTestServerError("nghttpd did not start listening on port \(port)")
    }

    private static func run(_ tool: String, _ arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try executable(tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning {
            try await Task.sleep(for: .milliseconds(10))
        }
        guard process.terminationStatus == 0 else { throw TLSTestServerError("\(tool) failed") }
    }

    /// The tool on PATH; a missing one fails the test with what to install (Scripts/install-deps.sh does).
    private static func executable(_ name: String) throws -> URL {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin", "/usr/sbin"] {
            let path = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
        }
        throw TLSTestServerError("\(name) is not installed; run Scripts/install-deps.sh (nghttp2-server, openssl)")
    }

    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw TLSTestServerError("no free port") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func canConnect(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}

struct TLSTestServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
