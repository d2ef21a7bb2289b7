// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gmail-mcp",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gmail-mcp", targets: ["gmail-mcp"])
    ],
    dependencies: [
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk.git", exact: "0.12.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // libcurl through pkg-config; Debian/Ubuntu: apt-get install libcurl4-openssl-dev
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]
        ),
        // Bytes, headers, deadlines and retries over one shared libcurl multi handle.
        .target(name: "HTTP", dependencies: ["CCurl"]),
        // A small blocking HTTP/1.1 server on 127.0.0.1, for the fake Google and for tests.
        .target(name: "LoopbackHTTPServer"),
        // OAuth credentials, the token endpoint and the cached, single-flight access token.
        .target(
            name: "GoogleAuth",
            dependencies: ["HTTP", .product(name: "Logging", package: "swift-log")]
        ),
        // Reading and composing mail (RFC 5322, MIME, RFC 2047/2231, charsets, addresses): Foundation only.
        .target(name: "MIME"),
        // Gmail and People API clients: wire models, batching, error mapping.
        .target(
            name: "Gmail",
            dependencies: ["GoogleAuth", "HTTP", "MIME", .product(name: "Logging", package: "swift-log")]
        ),
        // The fake Google that tests and `gmail-mcp sandbox` talk to over real HTTP.
        .target(
            name: "GoogleSandbox",
            dependencies: ["LoopbackHTTPServer"],
            resources: [.embedInCode("Seed/Mail")]
        ),
        // MCP transports (stdio, and Streamable HTTP on Hummingbird): framing, the one dispatch path,
        // the ledger of unanswered requests, shutdown, cancellation. Knows no Google.
        .target(
            name: "MCPTransport",
            dependencies: [
                .product(name: "MCP", package: "swift-sdk"), .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // The MCP server: configuration, tool registry, tools.
        .target(
            name: "GmailMCP",
            dependencies: [
                "Gmail", "GoogleAuth", "HTTP", "MIME", "MCPTransport",
                .product(name: "MCP", package: "swift-sdk"),
                // SHA-256 of attachments (BoringSSL's, fast even in debug builds).
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "gmail-mcp",
            dependencies: [
                "GmailMCP", "GoogleSandbox", "GoogleAuth", "HTTP", "MCPTransport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Run on demand: `swift build -c release && .build/release/gmail-mcp-benchmark`.
        .executableTarget(name: "gmail-mcp-benchmark", dependencies: ["GoogleSandbox"], path: "Benchmarks/FetchMails"),
        // Test support, not a test target: a byte-literal HTTP/1.1 client over a socket, shared
        // by the tests of the loopback server and of the fake Google.
        .target(name: "RawHTTPClient", dependencies: ["LoopbackHTTPServer"], path: "Tests/RawHTTPClient"),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "LoopbackHTTPServer"]),
        .testTarget(name: "LoopbackHTTPServerTests", dependencies: ["LoopbackHTTPServer", "RawHTTPClient"]),
        .testTarget(
            name: "GoogleSandboxTests", dependencies: ["GoogleSandbox", "LoopbackHTTPServer", "RawHTTPClient"]),
        .testTarget(name: "GoogleAuthTests", dependencies: ["GoogleAuth", "GoogleSandbox", "HTTP"]),
        .testTarget(name: "MIMETests", dependencies: ["MIME", "GoogleSandbox"]),
        .testTarget(name: "GmailTests", dependencies: ["Gmail", "GoogleAuth", "GoogleSandbox", "HTTP", "MIME"]),
        .testTarget(
            name: "MCPTransportTests",
            dependencies: [
                "MCPTransport", .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "GmailMCPTests",
            dependencies: [
                "GmailMCP", "Gmail", "GoogleAuth", "HTTP", "MCPTransport", .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["gmail-mcp", "GoogleSandbox", "RawHTTPClient", .product(name: "MCP", package: "swift-sdk")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
