import Foundation
import HTTP
import Testing

/// The client over TLS, against nghttpd: certificate verification and HTTP/2 negotiation, which
/// is how every real call to Google travels.
@Suite(.serialized) struct HTTPSTests {
    @Test func negotiatesHTTP2OverVerifiedTLS() async throws {
        let server = try await TLSTestServer.start()
        defer { server.stop() }
        let payload = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        try payload.write(to: server.documentRoot.appendingPathComponent("blob.bin"))
        let client = HTTPClient(caBundlePath: server.certificatePath)

        let response = try await client.send(.init(url: "https://localhost:\(server.port)/blob.bin"))
        #expect(response.status == 200)
        #expect(response.httpVersion == "HTTP/2")
        #expect(response.body == payload)

        // Concurrent requests all complete: as HTTP/2 streams of one connection where libcurl
        // multiplexes safely (8.2 and later), on parallel connections before (see CurlCapabilities).
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await client.send(.init(url: "https://localhost:\(server.port)/blob.bin")).status
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 8))
    }

    @Test func refusesACertificateNobodyVouchesFor() async throws {
        let server = try await TLSTestServer.start()
        defer { server.stop() }
        let client = HTTPClient()  // the system's CA bundle: the self-signed certificate is unknown
        let error = await #expect(throws: HTTPError.self) {
            try await client.send(.init(url: "https://localhost:\(server.port)/"))
        }
        #expect(error?.kind == .network)
    }

    @Test func refusesACertificateForAnotherName() async throws {
        let server = try await TLSTestServer.start(names: "DNS:somewhere-else.invalid")
        defer { server.stop() }
        let client = HTTPClient(caBundlePath: server.certificatePath)
        // Trusted issuer, but the certificate does not name localhost.
        let error = await #expect(throws: HTTPError.self) {
            try await client.send(.init(url: "https://localhost:\(server.port)/"))
        }
        #expect(error?.kind == .network)
        #expect(error?.message.contains("localhost") == true)
    }
}
